namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`name: value` (spec 2.6).</summary>
public sealed class ArgumentNode : Node
{
    public override Kind Kind => Kind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
