namespace CustomerCentric.GraphQL.Execution;

/// <summary>A request as a transport receives it (GraphQL over HTTP: <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>).</summary>
public sealed record GraphQLRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>A JSON object (<see cref="System.Text.Json.JsonElement"/>) or a dictionary of variable name to JSON-decoded value.</summary>
    public object? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public IServiceProvider? RequestServices { get; init; }

    public IDictionary<string, object?>? Items { get; init; }
}
