namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`{ ... }` (spec 2.4).</summary>
public sealed class SelectionSetNode : Node
{
    public override Kind Kind => Kind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}
