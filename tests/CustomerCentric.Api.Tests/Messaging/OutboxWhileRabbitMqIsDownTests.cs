using System.Text;
using System.Text.Json;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Tests.Hosting;
using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Hosting;
using CustomerCentric.Hosting.RabbitMq;
using CustomerCentric.Messaging.Topology;
using CustomerCentric.Testing;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace CustomerCentric.Api.Tests.Messaging;

/// <summary>
/// A complaint submitted while RabbitMQ is down is stored with its outbox message and published once RabbitMQ is back.
/// The broker here is a node of its own (on a port chosen up front), so the other tests' broker is never disturbed.
/// </summary>
[Collection(OwnServersCollection.Name)]
public sealed class OutboxWhileRabbitMqIsDownTests(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq) : IAsyncLifetime
{
    private readonly int _amqpPort = LoopbackPort.Free();
    private RabbitMqServer? _broker;
    private BrokerlessApiApp? _app;

    public async ValueTask InitializeAsync()
    {
        _app = new BrokerlessApiApp(postgres, redis, rabbitMq, $"amqp://guest:guest@127.0.0.1:{_amqpPort}/");
        await _app.InitializeAsync();
    }

    [Fact]
    public async Task A_complaint_submitted_while_RabbitMQ_is_down_is_published_when_it_is_back()
    {
        var app = _app!;
        var client = app.Client();
        var ids = await client.DataAsync("{ customers(first: 1) { nodes { id } } touchpoints(first: 1) { nodes { id } } }");
        var payload = (await client.DataAsync(
            "mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { complaint { id status } } }",
            new
            {
                input = new
                {
                    customerId = ids.GetProperty("customers").GetProperty("nodes")[0].GetProperty("id").GetString(),
                    touchpointId = ids.GetProperty("touchpoints").GetProperty("nodes")[0].GetProperty("id").GetString(),
                    category = "SERVICE_OUTAGE",
                    severity = "CRITICAL",
                    text = "Submitted while the broker is down.",
                    idempotencyKey = "down-" + Guid.NewGuid(),
                },
            })).GetProperty("submitComplaint").GetProperty("complaint");
        Assert.Equal("RECEIVED", payload.GetProperty("status").GetString());
        var complaintId = NodeId.Decode(payload.GetProperty("id").GetString()!, ComplaintNode.TypeName);

        await Task.Delay(1500, TestContext.Current.CancellationToken); // a poll or two of the dispatcher, which cannot publish
        Assert.Null((await OutboxRowAsync(app, complaintId)).SentAt);

        _broker = new RabbitMqServer(new RabbitMqServerOptions { PreferredAmqpPort = _amqpPort, NodeName = "api-outbox-test" });
        await _broker.StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal(_amqpPort, _broker.AmqpPort);

        // Marked sent only after the broker confirmed it; mandatory publishing means it reached the worker's queue, which the
        // API declares itself (no worker runs here). Reading that queue, not one of ours bound later, leaves no race with a
        // dispatcher that reconnects before the test could bind.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await OutboxRowAsync(app, complaintId)).SentAt is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The outbox row was not marked sent within 60 s of RabbitMQ coming back.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        var factory = new ConnectionFactory { Uri = new Uri(_broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync(TestContext.Current.CancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: TestContext.Current.CancellationToken);
        var bodies = new List<string>();
        while (await channel.BasicGetAsync(ConsumerQueues.ComplaintSubmittedQueue, autoAck: true, TestContext.Current.CancellationToken) is { } message)
        {
            bodies.Add(Encoding.UTF8.GetString(message.Body.Span));
        }

        // Delivery is at least once: a publish the broker's absence held back past its timeout can still go out when the
        // broker returns, next to the retry. Every copy then carries the row's id as MessageId, which the worker's inbox
        // deduplicates by; a copy under another id would be a second complaint to the worker.
        var copies = bodies.Where(body => body.Contains(complaintId.ToString(), StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(copies);
        var row = await OutboxRowAsync(app, complaintId);
        Assert.All(copies, body => Assert.Equal(row.Id, MessageId(body)));
    }

    private static Guid MessageId(string envelope)
    {
        using var json = JsonDocument.Parse(envelope);
        return Guid.Parse(json.RootElement.GetProperty("messageId").GetString()!);
    }

    // The payload is a jsonb column: filtered here rather than in SQL.
    private static async Task<(Guid Id, DateTimeOffset? SentAt)> OutboxRowAsync(ApiApp app, Guid complaintId)
    {
        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.MessageType == typeof(ComplaintSubmitted).FullName)
            .Select(m => new { m.Id, m.Payload, m.SentAt }).ToListAsync(TestContext.Current.CancellationToken));
        var row = messages.Single(m => m.Payload.Contains(complaintId.ToString(), StringComparison.Ordinal));
        return (row.Id, row.SentAt);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }

    private sealed class BrokerlessApiApp(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq, string broker) : ApiApp(postgres, redis, rabbitMq)
    {
        public override string RabbitMqConnectionString => broker;

        // Its broker is down on purpose: the API must start and take complaints without it.
        protected override bool WaitUntilHealthy => false;
    }
}
