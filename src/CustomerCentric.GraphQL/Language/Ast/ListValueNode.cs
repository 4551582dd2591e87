namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`[ ... ]` (spec 2.9.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public override Kind Kind => Kind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}
