using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>graphql-transport-ws's close codes for clients that break the protocol, with a raw WebSocket.</summary>
public sealed class ProtocolMisuseTests : IAsyncLifetime
{
    private const string Init = """{"type":"connection_init","payload":{"token":"secret"}}""";
    private GraphQLTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await GraphQLTestHost.StartAsync(graphQL => graphQL
        .AddConnectionInitHandler(TestConnectionInit.Handler)
        // 2 s: long enough for every other test's connection_init on a loaded machine, short enough for the 4408 test.
        .ModifyOptions(o => o.ConnectionInitTimeout = TimeSpan.FromSeconds(2)));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task No_connection_init_within_the_timeout_is_4408()
    {
        await using var client = await RawWebSocketClient.ConnectAsync(_host);

        Assert.Equal(4408, await client.ClosedWithAsync());
        Assert.Equal("Connection initialisation timeout", client.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task A_second_connection_init_is_4429()
    {
        await using var client = await Acknowledged();

        await client.SendAsync(Init);

        Assert.Equal(4429, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Subscribe_before_the_ack_is_4401()
    {
        await using var client = await RawWebSocketClient.ConnectAsync(_host);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal(4401, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task A_refused_connection_init_is_4403()
    {
        await using var client = await RawWebSocketClient.ConnectAsync(_host);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"nope"}}""");

        Assert.Equal(4403, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task A_second_subscriber_with_a_running_id_is_4409()
    {
        await using var client = await Acknowledged();
        const string subscribe = """{"id":"same","type":"subscribe","payload":{"query":"subscription { counter(to: 100000) }"}}""";

        await client.SendAsync(subscribe);
        Assert.Contains("\"next\"", await client.ReceiveAsync());
        await client.SendAsync(subscribe);

        Assert.Equal(4409, await client.ClosedWithAsync());
        Assert.Equal("Subscriber for same already exists", client.Socket.CloseStatusDescription);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"no":"type"}""")]
    [InlineData("""{"type":"launch_missiles"}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":7}}""")]
    public async Task Invalid_messages_are_4400(string message)
    {
        await using var client = await Acknowledged();

        await client.SendAsync(message);

        Assert.Equal(4400, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_4406()
    {
        await using var client = await RawWebSocketClient.ConnectAsync(_host, "graphql-ws");

        Assert.Equal(4406, await client.ClosedWithAsync());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_and_operations_send_next_then_complete()
    {
        await using var client = await Acknowledged();

        await client.SendAsync("""{"type":"ping"}""");
        var pong = await client.ReceiveAsync();
        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        var next = JsonDocument.Parse((await client.ReceiveAsync())!).RootElement;
        var complete = JsonDocument.Parse((await client.ReceiveAsync())!).RootElement;

        Assert.Equal("""{"type":"pong"}""", pong);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("Hello, world!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("q", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_failing_connection_init_handler_is_4500()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.AddConnectionInitHandler(_ => throw new InvalidOperationException("key store down")));
        await using var client = await RawWebSocketClient.ConnectAsync(host);

        await client.SendAsync(Init);

        Assert.Equal(4500, await client.ClosedWithAsync());
    }

    private async Task<RawWebSocketClient> Acknowledged()
    {
        var client = await RawWebSocketClient.ConnectAsync(_host);
        await client.SendAsync(Init);
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
        return client;
    }
}
