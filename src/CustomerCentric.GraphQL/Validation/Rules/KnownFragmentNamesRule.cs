using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new KnownFragmentNamesRule(context);

    public override VisitAction Enter(FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError(new GraphQLError($"Unknown fragment \"{node.Name.Value}\".", [node.Name]));
        }

        return VisitAction.Continue;
    }
}
