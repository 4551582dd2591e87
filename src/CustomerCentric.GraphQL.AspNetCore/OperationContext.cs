using System.Security.Claims;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>Who runs an operation and over what: the caller, the request's services, the transport's name (for telemetry) and its trace id.</summary>
public sealed record OperationContext(
    ClaimsPrincipal? User,
    IServiceProvider Services,
    HttpContext? HttpContext,
    string Transport,
    string TraceId,
    CancellationToken CancellationToken)
{
    public const string HttpGet = "http.get";
    public const string HttpPost = "http.post";
    public const string WebSocket = "websocket";
}
