using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Tests.World;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Worker.Tests.Faults;

/// <summary>
/// Faults in the middle of 1,000 complaints, on real servers. After each: none lost (all routed, the outbox empty),
/// none assigned twice (one Routed step and one ComplaintRouted each, to the owner the rules name), none escalated twice.
/// </summary>
public sealed class WorkerFaultTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : WorkerDatabaseTest(postgres)
{
    private const int Complaints = 1000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_worker_process_killed_mid_run_and_restarted_loses_nothing_and_does_nothing_twice()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, Ct);
        var ids = await Database.SubmitComplaintsAsync(Complaints, seed: 41, Ct);

        await using (var doomed = WorkerProcess.Start(Database, broker, redis, "doomed"))
        {
            await WaitForRoutedAsync(ids, atLeast: Complaints / 4, doomed);
            await doomed.KillAsync();
        }

        var routedAtKill = await CountRoutedAsync(ids);
        Assert.True(routedAtKill < Complaints, "The kill came after the work was done: it proves nothing.");

        // Two workers now: the restarted one and a second, so the sweepers below race as well.
        await using var restarted = WorkerProcess.Start(Database, broker, redis, "restarted");
        await using var second = WorkerProcess.Start(Database, broker, redis, "second");
        await Database.WaitUntilRoutedAsync(ids, Patience, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);

        // Every deadline passes at once; both workers' sweepers find them in the same seconds.
        await Database.ExecuteAsync($"UPDATE complaints SET acknowledge_by = now() - interval '1 minute' WHERE id IN ({string.Join(",", ids.Select(id => $"'{id}'"))})", Ct);
        await Database.WaitUntilAsync("overdue complaints escalated", async db =>
        {
            // Complaints already with the Chief Touchpoint Officer have no level left to go to.
            var chief = await db.TouchpointOwners.Where(o => o.IsChiefTouchpointOfficer).Select(o => o.Id).SingleAsync(Ct);
            var waiting = await db.Complaints.CountAsync(
                c => ids.Contains(c.Id) && c.EscalationLevel == 0 && c.AssigneeId != chief && c.AcknowledgeBy < DateTimeOffset.UtcNow, Ct);
            return (waiting == 0, $"{waiting} still overdue");
        }, Patience, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);

        var ledger = await Ledger.ReadAsync(Database, ids, Ct);
        ledger.AssertRoutedExactlyOnce(await Database.ExpectedOwnersAsync(ids, Ct));
        ledger.AssertEscalatedAtMostOncePerLevel();
        Assert.True(ledger.Complaints.Count(c => c.EscalationLevel == 1) > Complaints / 2, "Most complaints had a deputy to escalate to.");
        Assert.False(restarted.HasExited, restarted.Tail());
        Assert.False(second.HasExited, second.Tail());
    }

    [Fact]
    public async Task RabbitMQ_stopped_and_restarted_mid_run_loses_nothing_and_does_nothing_twice()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, Ct);
        // A process under a supervisor: should the client stall after the broker's restart, the worker exits and comes back.
        await using var worker = SupervisedWorker.Start(Database, broker, redis, "broker-restart");
        var ids = new List<Guid>(await Database.SubmitComplaintsAsync(Complaints / 2, seed: 42, Ct));
        await WaitForRoutedAsync(ids, atLeast: Complaints / 10, worker: null);

        var stop = await rabbitMq.Server.RunCtlAsync(["stop_app"], Ct);
        Assert.True(stop.Succeeded, stop.Output);
        // The other half arrives while the broker is down: it waits in the outbox.
        ids.AddRange(await Database.SubmitComplaintsAsync(Complaints / 2, seed: 142, Ct));
        var routedWhileDown = await CountRoutedAsync(ids);
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var start = await rabbitMq.Server.RunCtlAsync(["start_app"], Ct);
        Assert.True(start.Succeeded, start.Output);
        Assert.True(routedWhileDown <= Complaints / 2, $"{routedWhileDown} complaints were routed while the broker was down.");

        await Database.WaitUntilRoutedAsync(ids, Patience, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"worker restarts: {worker.Exits.Count}{Environment.NewLine}{string.Join(Environment.NewLine, worker.Exits)}");

        var ledger = await Ledger.ReadAsync(Database, ids, Ct);
        ledger.AssertRoutedExactlyOnce(await Database.ExpectedOwnersAsync(ids, Ct));
        ledger.AssertEscalatedAtMostOncePerLevel();
    }

    [Fact]
    public async Task A_duplicate_of_every_message_changes_nothing_twice()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, Ct);
        using var host = await WorkerHost.StartAsync(Database, broker, redis, Ct);
        var ids = await Database.SubmitComplaintsAsync(Complaints, seed: 43, Ct, copies: 2);

        await Database.WaitUntilRoutedAsync(ids, Patience, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);
        await host.StopAsync(Ct);

        var ledger = await Ledger.ReadAsync(Database, ids, Ct);
        ledger.AssertRoutedExactlyOnce(await Database.ExpectedOwnersAsync(ids, Ct));
        ledger.AssertEscalatedAtMostOncePerLevel();
        await using var db = Database.CreateContext();
        // Both copies were published (the outbox is empty) and consumed; the second found the complaint routed.
        Assert.Equal(2 * Complaints, await db.OutboxMessages.CountAsync(m => m.MessageType == typeof(ComplaintSubmitted).FullName, Ct));
    }

    private async Task WaitForRoutedAsync(IReadOnlyList<Guid> ids, int atLeast, WorkerProcess? worker)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (await CountRoutedAsync(ids) < atLeast)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline && worker?.HasExited != true,
                $"Fewer than {atLeast} complaints were routed in time. Worker output:{Environment.NewLine}{worker?.Tail()}");
            await Task.Delay(20, Ct);
        }
    }

    private async Task<int> CountRoutedAsync(IReadOnlyList<Guid> ids)
    {
        await using var db = Database.CreateContext();
        return await db.Complaints.CountAsync(c => ids.Contains(c.Id) && c.Status == ComplaintStatus.Routed, Ct);
    }
}
