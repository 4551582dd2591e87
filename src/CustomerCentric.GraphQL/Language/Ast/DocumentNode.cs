namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A whole document (spec 2.2).</summary>
public sealed class DocumentNode : Node
{
    public override Kind Kind => Kind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    public int TokenCount { get; init; }
}
