using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is reached from some operation.</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : AstVisitor
{
    private readonly List<OperationDefinitionNode> operations = [];
    private readonly List<FragmentDefinitionNode> fragments = [];

    public static ValidationRule Rule { get; } = context => new NoUnusedFragmentsRule(context);

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        operations.Add(node);
        return VisitAction.Skip;
    }

    public override VisitAction Enter(FragmentDefinitionNode node)
    {
        fragments.Add(node);
        return VisitAction.Skip;
    }

    public override void Leave(DocumentNode node)
    {
        if (fragments.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", [fragment]));
            }
        }
    }
}
