using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = context => new UniqueFragmentNamesRule(context);

    public override VisitAction Enter(OperationDefinitionNode node) => VisitAction.Skip;

    public override VisitAction Enter(FragmentDefinitionNode node)
    {
        var name = node.Name.Value;
        if (known.TryGetValue(name, out var first))
        {
            context.ReportError(new GraphQLError($"There can be only one fragment named \"{name}\".", [first, node.Name]));
        }
        else
        {
            known.Add(name, node.Name);
        }

        return VisitAction.Skip;
    }
}
