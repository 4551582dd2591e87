namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`... on Type { }` or `... { }` (spec 2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public override Kind Kind => Kind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
