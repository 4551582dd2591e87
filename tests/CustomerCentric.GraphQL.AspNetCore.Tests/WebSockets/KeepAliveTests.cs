using System.Diagnostics;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The server's graphql-transport-ws keep-alive: pings after the ack, and a client that stops answering with pong is closed.</summary>
public sealed class KeepAliveTests
{
    private const string Init = """{"type":"connection_init","payload":{"token":"secret"}}""";
    private const string Ping = """{"type":"ping"}""";

    [Fact]
    public async Task The_server_pings_a_client_that_answers_keeps_its_connection_and_one_that_stops_is_closed_with_1002()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL
            .AddConnectionInitHandler(TestConnectionInit.Handler)
            .ModifyOptions(o =>
            {
                o.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
                o.PongTimeout = TimeSpan.FromSeconds(2);
            }));
        await using var client = await RawWebSocketClient.ConnectAsync(host);
        await client.SendAsync(Init);
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());

        // Three pings answered: the connection stays and still runs operations.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Ping, await client.ReceiveAsync());
            await client.SendAsync("""{"type":"pong"}""");
        }

        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        string? message;
        do
        {
            message = await client.ReceiveAsync();
        }
        while (message == Ping);

        Assert.Contains("Hello, world!", message);

        // Now it stops answering: after the pong timeout the server closes.
        var silent = Stopwatch.StartNew();
        while (await client.ReceiveAsync() is { } next)
        {
            Assert.True(next == Ping || next.Contains("\"complete\"", StringComparison.Ordinal), next);
        }

        Assert.Equal(1002, (int)client.Socket.CloseStatus!.Value);
        Assert.Equal("Pong not received", client.Socket.CloseStatusDescription);
        Assert.InRange(silent.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Without_a_keep_alive_interval_the_server_sends_no_ping()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL
            .AddConnectionInitHandler(TestConnectionInit.Handler)
            .ModifyOptions(o => o.KeepAliveInterval = TimeSpan.Zero));
        await using var client = await RawWebSocketClient.ConnectAsync(host);
        await client.SendAsync(Init);
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());

        await Task.Delay(500, TestContext.Current.CancellationToken);
        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Contains("\"next\"", await client.ReceiveAsync());
        Assert.Contains("\"complete\"", await client.ReceiveAsync());
    }
}
