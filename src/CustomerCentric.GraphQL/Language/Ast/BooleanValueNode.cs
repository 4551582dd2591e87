namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`true` or `false` (spec 2.9.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public override Kind Kind => Kind.BooleanValue;

    public required bool Value { get; init; }
}
