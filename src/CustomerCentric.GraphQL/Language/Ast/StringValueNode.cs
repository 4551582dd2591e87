namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A string or block string, already unescaped / dedented (spec 2.9.4).</summary>
public sealed class StringValueNode : ValueNode
{
    public override Kind Kind => Kind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }
}
