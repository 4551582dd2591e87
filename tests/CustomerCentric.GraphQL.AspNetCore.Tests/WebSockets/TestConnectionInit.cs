using CustomerCentric.GraphQL.AspNetCore.WebSockets;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The tests' connection_init handler: payload { "token": "secret" } signs in as "ws-user"; any other payload is refused.</summary>
public static class TestConnectionInit
{
    public static readonly ConnectionInitHandler Handler = context =>
        new(context.Payload is { } payload && payload.TryGetProperty("token", out var token) && token.GetString() == "secret"
            ? HeaderAuthenticationHandler.Principal("ws-user")
            : null);
}
