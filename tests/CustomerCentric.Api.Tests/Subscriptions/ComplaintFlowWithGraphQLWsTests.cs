using System.Text.Json;
using CustomerCentric.Api.Complaints;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Tests.Hosting;
using StackExchange.Redis;

namespace CustomerCentric.Api.Tests.Subscriptions;

/// <summary>
/// End to end with the npm clients (fetch and graphql-ws): query a customer, submit a complaint, subscribe to it, see it
/// routed (ComplaintRouted over RabbitMQ, consumed by the API, republished on Redis), acknowledge it, see that too.
/// </summary>
public sealed class ComplaintFlowWithGraphQLWsTests(ApiApp app) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task A_graphql_ws_client_sees_its_complaint_routed_and_acknowledged()
    {
        var http = new Uri(app.Address, "/graphql");
        var ws = new UriBuilder(http) { Scheme = "ws" }.Uri;
        await using var script = NodeScript.Start("api-complaint-flow.mjs", http.ToString(), ws.ToString(), ApiApp.ApiKey);

        var subscribed = await script.ReadLineAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("subscribed ", subscribed, StringComparison.Ordinal);
        var complaintId = NodeId.Decode(subscribed["subscribed ".Length..], ComplaintNode.TypeName);
        await WaitForRedisSubscriberAsync(ComplaintUpdates.ComplaintChannel(complaintId), script);

        var ownerId = await WorkerStandIn.RouteToChiefAsync(app, complaintId);

        using var report = JsonDocument.Parse(await script.ReadLineAsync(TimeSpan.FromSeconds(30)));
        var root = report.RootElement;
        Assert.False(root.TryGetProperty("timedOut", out _), root.ToString());
        Assert.Equal(root.GetProperty("customer").GetProperty("id").GetString(), root.GetProperty("customerById").GetProperty("id").GetString());
        Assert.Equal("RECEIVED", root.GetProperty("submitted").GetProperty("status").GetString());
        var updates = root.GetProperty("updates").EnumerateArray().ToList();
        Assert.Equal(["ROUTED", "ACKNOWLEDGED"], updates.Select(u => u.GetProperty("status").GetString()));
        Assert.All(updates, u => Assert.Equal(NodeId.Encode("TouchpointOwner", ownerId), u.GetProperty("assignee").GetProperty("id").GetString()));
        Assert.Equal("ACKNOWLEDGED", root.GetProperty("acknowledged").GetProperty("complaint").GetProperty("status").GetString());
    }

    // The server subscribes to Redis when the subscribe message arrives, but the protocol does not confirm it: wait until Redis counts it.
    private async Task WaitForRedisSubscriberAsync(string channel, NodeScript script)
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(app.RedisConnectionString);
        var server = redis.GetServer(redis.GetEndPoints().Single());
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await server.SubscriptionSubscriberCountAsync(channel) == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Nobody subscribed to {channel} on Redis within 15 s; the client says: {await script.ReadLineAsync(TimeSpan.FromSeconds(1))}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
