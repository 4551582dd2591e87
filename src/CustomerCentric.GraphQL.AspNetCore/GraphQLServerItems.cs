namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>Keys of what the server puts into each request's <c>Items</c> for resolvers.</summary>
public static class GraphQLServerItems
{
    /// <summary>The caller (<see cref="System.Security.Claims.ClaimsPrincipal"/>): HttpContext.User, or the WebSocket's connection_init principal.</summary>
    public const string User = "ClaimsPrincipal";

    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext"/> of the request (of the WebSocket's upgrade request for subscriptions).</summary>
    public const string HttpContext = "HttpContext";
}
