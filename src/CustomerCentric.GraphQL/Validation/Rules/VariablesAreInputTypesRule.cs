using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new VariablesAreInputTypesRule(context);

    public override VisitAction Enter(VariableDefinitionNode node)
    {
        if (TypeFromAst.Resolve(context.Schema, node.Type) is { } type && !type.IsInputType())
        {
            context.ReportError(new GraphQLError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", [node.Type]));
        }

        return VisitAction.Continue;
    }
}
