using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>What <see cref="Executor"/> runs: a parsed (and validated) document against a schema (graphql-js <c>ExecutionArgs</c>).</summary>
public sealed record ExecutionRequest
{
    public required GraphQLSchema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    /// <summary>Which operation to run; may be omitted when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Raw variable values as the client sent them: a JSON object (<see cref="System.Text.Json.JsonElement"/>) or a dictionary of
    /// name to JSON-decoded value. Coerced against the operation's variable definitions (spec 6.1.2).
    /// </summary>
    public object? VariableValues { get; init; }

    /// <summary>The parent value of the root fields (graphql-js <c>rootValue</c>).</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's scoped services, handed to resolvers.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>Values shared by the request's resolvers; a fresh dictionary when null.</summary>
    public IDictionary<string, object?>? Items { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>When set, execution stops after this long and the result carries one timeout error and null data.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be resolved; when false they are field errors.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>See <see cref="GraphQLExecutorOptions.EagerJson"/>.</summary>
    public bool EagerJson { get; init; }
}
