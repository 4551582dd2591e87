using System.Text.Json;
using CustomerCentric.GraphQL.AspNetCore;

namespace CustomerCentric.Api.Authentication;

/// <summary>
/// Refuses GraphQL requests from callers without a valid API key (401 with a GraphQL error, code AUTH_NOT_AUTHENTICATED)
/// before anything runs. Let through: WebSocket upgrades (authenticated by connection_init, see <see cref="WebSocketAuthentication"/>),
/// and where the server allows them (Development unless configured) GraphiQL's page and assets and <c>?sdl</c>.
/// </summary>
public sealed class AnonymousCallerGate(RequestDelegate next, GraphQLServer server)
{
    public const string ErrorCode = "AUTH_NOT_AUTHENTICATED";

    private static readonly byte[] Refusal = JsonSerializer.SerializeToUtf8Bytes(new
    {
        errors = new[]
        {
            new
            {
                message = $"An API key is required: send it in the {ApiKeyDefaults.HeaderName} header or as 'Authorization: Bearer <key>'.",
                extensions = new { code = ErrorCode },
            },
        },
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ApiEndpoints.GraphQLPath, out var rest)
            || context.User.Identity?.IsAuthenticated == true
            || IsOpen(context, rest))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = ApiKeyDefaults.Scheme;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Refusal, context.RequestAborted);
    }

    private bool IsOpen(HttpContext context, PathString rest)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method))
        {
            return false;
        }

        // The endpoint's own pipeline adds the WebSocket feature, so here an upgrade is recognised by its header.
        if (request.Headers.Upgrade.Any(u => string.Equals(u, "websocket", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (rest.HasValue)
        {
            return server.GraphiQLEnabled;
        }

        return (server.SchemaRequestsEnabled && request.Query.ContainsKey("sdl"))
            || (server.GraphiQLEnabled && !request.Query.ContainsKey("query") && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true));
    }
}
