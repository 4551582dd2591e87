namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A name token (spec 2.1.9).</summary>
public sealed class NameNode : Node
{
    public override Kind Kind => Kind.Name;

    public required string Value { get; init; }
}
