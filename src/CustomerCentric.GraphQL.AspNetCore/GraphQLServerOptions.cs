using CustomerCentric.GraphQL.AspNetCore.WebSockets;
using CustomerCentric.GraphQL.Limits;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>
/// How the GraphQL endpoint behaves. Settings left null follow the environment: on in Development, off elsewhere.
/// Configure with <c>AddGraphQLServer(...).ModifyOptions(o => ...)</c>.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Requests with a larger body get 413 (default 1 MiB).</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>The most operations one batched request (a JSON array) may hold; 0 refuses batches.</summary>
    public int MaxBatchSize { get; set; } = 16;

    /// <summary>Whether queries may be sent with GET (mutations never are).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>__schema</c>/<c>__type</c> are answered; null: only in Development.</summary>
    public bool? AllowIntrospection { get; set; }

    /// <summary>Whether unexpected errors carry the exception's message and stack; null: only in Development.</summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>Whether GraphiQL answers browsers that open the endpoint; null: wherever introspection is allowed.</summary>
    public bool? EnableGraphiQL { get; set; }

    /// <summary>Whether <c>?sdl</c> returns the schema; null: wherever introspection is allowed.</summary>
    public bool? EnableSchemaRequests { get; set; }

    /// <summary>Mutations from callers who are not authenticated are refused before execution.</summary>
    public bool RequireAuthenticatedMutations { get; set; }

    /// <summary>
    /// Only operations already in the persisted operation store run: clients send a hash (or a query whose hash is known), and
    /// automatic registration is refused. A production hardening switch; needs a persisted operation store.
    /// </summary>
    public bool OnlyPersistedOperations { get; set; }

    /// <summary>
    /// Depth, cost, alias and root-field limits checked before execution (errors keep their codes, e.g. MAX_DEPTH_EXCEEDED);
    /// not checked when null.
    /// </summary>
    public OperationLimits? OperationLimits { get; set; }

    /// <summary>The longest one execution may take; no limit when null.</summary>
    public TimeSpan? ExecutionTimeout { get; set; }

    /// <summary>graphql-transport-ws: how long a client has to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// graphql-transport-ws: how often the server sends a <c>ping</c> message once the connection is acknowledged, so that dead
    /// clients and half-open connections are found (and proxies see traffic); <see cref="TimeSpan.Zero"/> turns pings off.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// graphql-transport-ws: how long a client has to answer a ping with <c>pong</c> (the protocol requires it, "as soon as
    /// possible") before the socket is closed with 1002 (protocol error).
    /// </summary>
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>graphql-transport-ws: the largest message a client may send.</summary>
    public int MaxWebSocketMessageSize { get; set; } = 1024 * 1024;

    /// <summary>graphql-transport-ws: turns connection_init's payload into the connection's caller; see <see cref="ConnectionInitHandler"/>.</summary>
    public ConnectionInitHandler? OnConnectionInit { get; set; }
}
