namespace CustomerCentric.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket upgrades at the GraphQL path and runs a graphql-transport-ws session on each.</summary>
public sealed class GraphQLWebSocketEndpoint(GraphQLServer server)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            // The protocol's answer to a client that speaks something else: accept, then close with 4406.
            using var other = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await other.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol).ConfigureAwait(false);
        await new GraphQLTransportWsSession(socket, server, context).RunAsync().ConfigureAwait(false);
    }
}
