namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// Options of <see cref="Parser"/>. The limits protect a server from hostile documents: <see cref="MaxTokens"/> bounds
/// the work and memory, <see cref="MaxDepth"/> bounds the recursion (a stack overflow would end the process).
/// </summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Leave <c>Loc</c> null on every node (graphql-js's <c>noLocation</c>).</summary>
    public bool NoLocation { get; init; }

    /// <summary>The most significant tokens a document may have (graphql-js's <c>maxTokens</c>); null for no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>The deepest nesting of selection sets, list and object values and list types.</summary>
    public int MaxDepth { get; init; } = 256;
}
