namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>An integer literal, kept as written (spec 2.9.1).</summary>
public sealed class IntValueNode : ValueNode
{
    public override Kind Kind => Kind.IntValue;

    public required string Value { get; init; }
}
