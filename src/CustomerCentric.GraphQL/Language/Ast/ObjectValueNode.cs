namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`{ name: value }` (spec 2.9.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public override Kind Kind => Kind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}
