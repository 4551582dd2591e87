using CustomerCentric.Testing;
using CustomerCentric.Worker.Tests.World;

namespace CustomerCentric.Worker.Tests.EndToEnd;

/// <summary>The whole path on real servers: outbox row -> dispatcher -> RabbitMQ -> consumer -> PostgreSQL -> ComplaintRouted.</summary>
public sealed class RoutingEndToEndTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : WorkerDatabaseTest(postgres)
{
    [Fact]
    public async Task A_thousand_submitted_complaints_are_each_routed_exactly_once_to_the_owner_the_rules_name()
    {
        using var host = await WorkerHost.StartAsync(Database, await RabbitMqVirtualHost.CreateAsync(rabbitMq, Ct), redis, Ct);

        var ids = await Database.SubmitComplaintsAsync(1000, seed: 1, Ct);
        await Database.WaitUntilRoutedAsync(ids, TimeSpan.FromSeconds(90), Ct);
        // The ComplaintRouted rows are published too: wait until the outbox is empty.
        await Database.WaitUntilOutboxSentAsync(TimeSpan.FromSeconds(30), Ct);
        await host.StopAsync(Ct);

        var ledger = await Ledger.ReadAsync(Database, ids, Ct);
        ledger.AssertRoutedExactlyOnce(await Database.ExpectedOwnersAsync(ids, Ct));
        Assert.Equal(0, ledger.UnsentMessages);
        // The rules route these complaints to several owners, not one catch-all.
        Assert.True(ledger.Complaints.Select(c => c.AssigneeId).Distinct().Count() >= 5);
    }
}
