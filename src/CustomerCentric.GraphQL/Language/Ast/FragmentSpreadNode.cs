namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`...Name` (spec 2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override Kind Kind => Kind.FragmentSpread;

    public required NameNode Name { get; init; }
}
