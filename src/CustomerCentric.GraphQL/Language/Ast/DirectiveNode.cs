namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`@name(args)` (spec 2.12).</summary>
public sealed class DirectiveNode : Node
{
    public override Kind Kind => Kind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
