using CustomerCentric.Testing;
using CustomerCentric.Worker.IntegrationEvents.EventHandling;
using CustomerCentric.Worker.Routing;
using CustomerCentric.Worker.Tests.World;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Worker.Tests.Routing;

/// <summary>Many messages at once share transactions, yet each message gets its own outcome.</summary>
public sealed class RoutingGroupCommitTests(PostgresFixture postgres) : WorkerDatabaseTest(postgres)
{
    [Fact]
    public async Task Complaints_handed_over_together_are_each_routed_once_and_a_missing_one_fails_only_its_own_message()
    {
        var ids = await Database.SubmitComplaintsAsync(300, seed: 71, Ct);
        var missing = Guid.NewGuid();
        await using var services = WorkerServices.Create(Database, TimeProvider.System);
        var routing = services.GetRequiredService<RoutingGroupCommit>();

        // Every complaint twice (a duplicate of every message, mostly in the same group), and one naming no complaint, all at once.
        var handedOver = ids.SelectMany(id => new[] { id, id }).Select(id => (Id: id, Outcome: routing.RouteAsync(id, Ct))).ToList();
        var poison = routing.RouteAsync(missing, Ct);
        await Assert.ThrowsAsync<ComplaintNotFoundException>(() => poison);
        await Task.WhenAll(handedOver.Select(h => h.Outcome));

        // For each complaint exactly one of its two messages did the routing.
        Assert.All(handedOver.GroupBy(h => h.Id), pair => Assert.Equal(1, pair.Count(h => h.Outcome.Result)));
        var ledger = await Ledger.ReadAsync(Database, ids, Ct);
        ledger.AssertRoutedExactlyOnce(await Database.ExpectedOwnersAsync(ids, Ct));
        Assert.Equal(ids.Count, ledger.RoutedMessages.Values.Sum());
    }

    [Fact]
    public async Task When_a_group_fails_each_message_gets_the_failure_of_its_own_complaint()
    {
        var ids = await Database.SubmitComplaintsAsync(20, seed: 72, Ct);
        // Without an active Chief Touchpoint Officer no complaint can be routed, and the group's transaction fails.
        await Database.ExecuteAsync("UPDATE touchpoint_owners SET is_active = false WHERE is_chief_touchpoint_officer", Ct);
        await using var services = WorkerServices.Create(Database, TimeProvider.System);
        var routing = services.GetRequiredService<RoutingGroupCommit>();

        var missing = Guid.NewGuid();
        var handedOver = ids.Append(missing).Select(id => (Id: id, Outcome: routing.RouteAsync(id, Ct))).ToList();

        foreach (var (id, outcome) in handedOver)
        {
            var failure = await Assert.ThrowsAnyAsync<Exception>(() => outcome);
            Assert.IsType(id == missing ? typeof(ComplaintNotFoundException) : typeof(InvalidOperationException), failure);
        }
    }
}
