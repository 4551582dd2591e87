using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = context => new UniqueOperationNamesRule(context);

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        if (node.Name is { } name)
        {
            if (known.TryGetValue(name.Value, out var first))
            {
                context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [first, name]));
            }
            else
            {
                known.Add(name.Value, name);
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction Enter(FragmentDefinitionNode node) => VisitAction.Skip;
}
