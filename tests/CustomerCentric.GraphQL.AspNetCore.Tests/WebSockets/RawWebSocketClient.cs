using System.Net.WebSockets;
using System.Text;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A bare ClientWebSocket for sending what a well-behaved client never would.</summary>
public sealed class RawWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public static async Task<RawWebSocketClient> ConnectAsync(GraphQLTestHost host, string subProtocol = "graphql-transport-ws")
    {
        var client = new RawWebSocketClient();
        client._socket.Options.AddSubProtocol(subProtocol);
        await client._socket.ConnectAsync(new UriBuilder(host.Endpoint) { Scheme = "ws" }.Uri, TestContext.Current.CancellationToken);
        return client;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    /// <summary>The next text message, or null when the server closed (see <see cref="WebSocket.CloseStatus"/>).</summary>
    public async Task<string?> ReceiveAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Reads until the server closes; the close code it sent.</summary>
    public async Task<int> ClosedWithAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
    }
}
