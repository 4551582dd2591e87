namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>An enum value name (spec 2.9.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public override Kind Kind => Kind.EnumValue;

    public required string Value { get; init; }
}
