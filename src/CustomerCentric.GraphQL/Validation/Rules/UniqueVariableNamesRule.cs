using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: one error per repeated name, listing every definition of it.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : AstVisitor
{
    private static readonly Func<VariableDefinitionNode, string> NameOf = definition => definition.Variable.Name.Value;

    private readonly Action<string, List<VariableDefinitionNode>> report = (name, definitions) =>
        context.ReportError(new GraphQLError(
            $"There can be only one variable named \"${name}\".", definitions.ConvertAll<Node>(definition => definition.Variable.Name)));

    public static ValidationRule Rule { get; } = context => new UniqueVariableNamesRule(context);

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        NameGroups.ForEachDuplicate(node.VariableDefinitions, NameOf, report);
        return VisitAction.Continue;
    }
}
