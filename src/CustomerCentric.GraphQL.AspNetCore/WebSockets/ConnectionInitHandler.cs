using System.Security.Claims;

namespace CustomerCentric.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Authenticates a WebSocket from its connection_init payload (browsers cannot set headers on a WebSocket, so tokens travel there):
/// the caller for every operation of the connection, or null to refuse it (close 4403 Forbidden). Without a handler the
/// connection's caller is the upgrade request's <c>HttpContext.User</c>.
/// </summary>
public delegate ValueTask<ClaimsPrincipal?> ConnectionInitHandler(ConnectionInitContext context);
