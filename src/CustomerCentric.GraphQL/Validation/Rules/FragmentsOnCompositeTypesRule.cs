using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new FragmentsOnCompositeTypesRule(context);

    public override VisitAction Enter(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition && TypeFromAst.Resolve(context.Schema, typeCondition) is { } type && !type.IsCompositeType())
        {
            context.ReportError(new GraphQLError(
                $"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".", [typeCondition]));
        }

        return VisitAction.Continue;
    }

    public override VisitAction Enter(FragmentDefinitionNode node)
    {
        if (TypeFromAst.Resolve(context.Schema, node.TypeCondition) is { } type && !type.IsCompositeType())
        {
            context.ReportError(new GraphQLError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                [node.TypeCondition]));
        }

        return VisitAction.Continue;
    }
}
