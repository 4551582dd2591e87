using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: some object type can be both the parent type and the fragment's type.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new PossibleFragmentSpreadsRule(context);

    public override VisitAction Enter(InlineFragmentNode node)
    {
        if (context.Type is GraphQLNamedType fragmentType && fragmentType.IsCompositeType()
            && context.ParentType is { } parentType && parentType.IsCompositeType()
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(new GraphQLError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", [node]));
        }

        return VisitAction.Continue;
    }

    public override VisitAction Enter(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (context.GetFragment(name) is { } fragment
            && TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) is GraphQLNamedType fragmentType && fragmentType.IsCompositeType()
            && context.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(new GraphQLError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", [node]));
        }

        return VisitAction.Continue;
    }
}
