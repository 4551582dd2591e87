using CustomerCentric.Testing;
using CustomerCentric.Worker.Tests.World;

namespace CustomerCentric.Worker.Tests.EndToEnd;

/// <summary>The whole path on real servers: outbox row -> dispatcher -> RabbitMQ -> consumer -> PostgreSQL -> ComplaintRouted.</summary>
public sealed class RoutingEndToEndTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : IAsyncLifetime
{
    private readonly WorkerDatabase _database = new(postgres);

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_thousand_submitted_complaints_are_each_routed_exactly_once_to_the_owner_the_rules_name()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await WorkerHost.StartAsync(_database, await RabbitMqVirtualHost.CreateAsync(rabbitMq, ct), redis, ct);

        var ids = await _database.SubmitComplaintsAsync(1000, seed: 1, ct);
        await _database.WaitUntilRoutedAsync(ids, TimeSpan.FromSeconds(90), ct);
        // The ComplaintRouted rows are published too: wait until the outbox is empty.
        await _database.WaitUntilOutboxSentAsync(TimeSpan.FromSeconds(30), ct);
        await host.StopAsync(ct);

        var ledger = await Ledger.ReadAsync(_database, ids, ct);
        ledger.AssertRoutedExactlyOnce(await _database.ExpectedOwnersAsync(ids, ct));
        Assert.Equal(0, ledger.UnsentMessages);
        // The rules route these complaints to several owners, not one catch-all.
        Assert.True(ledger.Complaints.Select(c => c.AssigneeId).Distinct().Count() >= 5);
    }
}
