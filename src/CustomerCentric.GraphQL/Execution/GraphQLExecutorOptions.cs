using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Validation;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>How <see cref="GraphQLExecutor"/> treats requests.</summary>
public sealed record GraphQLExecutorOptions
{
    /// <summary>Parser limits: untrusted documents are bounded in tokens and nesting.</summary>
    public ParserOptions Parser { get; init; } = new() { MaxTokens = 15_000, MaxDepth = 128 };

    /// <summary>Document validation (spec 5): the specified rules unless replaced; null switches validation off (trusted documents only).</summary>
    public DocumentValidation? Validation { get; init; } = static (schema, document) => DocumentValidator.Validate(schema, document);

    /// <summary>Whether <c>__schema</c> / <c>__type</c> are answered; servers turn this off outside development.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>The longest an execution may take; no limit when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>How many prepared documents (valid ones and the errors of invalid ones) to keep by query text; 0 turns the cache off.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>
    /// Whether fields whose whole selection reads plain values (no resolvers below them) are written as JSON while they execute:
    /// the result then holds <see cref="JsonFragment"/>s for them instead of maps and lists. For servers that only write results
    /// (a third of the work and most of the allocations of such fields); off by default, so results can be read as maps.
    /// </summary>
    public bool EagerJson { get; init; }
}
