namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A whole document (spec 2.2).</summary>
public sealed class DocumentNode : Node
{
    public override Kind Kind => Kind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    public int TokenCount { get; init; }

    /// <summary>
    /// What execution keeps for the next request with this document (Execution.DocumentPlans), held by the document itself so it
    /// lives and dies with it: a weak table would cost a GC handle per fresh document and GC work for every dead one.
    /// </summary>
    internal object? ExecutionPlans;
}
