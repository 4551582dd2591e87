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
public sealed class WorkerFaultTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : IAsyncLifetime
{
    private const int Complaints = 1000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly WorkerDatabase _database = new(postgres);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_worker_process_killed_mid_run_and_restarted_loses_nothing_and_does_nothing_twice()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, _ct);
        var ids = await _database.SubmitComplaintsAsync(Complaints, seed: 41, _ct);

        await using (var doomed = WorkerProcess.Start(_database, broker, redis, "doomed"))
        {
            await WaitForRoutedAsync(ids, atLeast: Complaints / 4, doomed);
            await doomed.KillAsync();
        }

        var routedAtKill = await CountRoutedAsync(ids);
        Assert.True(routedAtKill < Complaints, "The kill came after the work was done: it proves nothing.");

        // Two workers now: the restarted one and a second, so the sweepers below race as well.
        await using var restarted = WorkerProcess.Start(_database, broker, redis, "restarted");
        await using var second = WorkerProcess.Start(_database, broker, redis, "second");
        await _database.WaitUntilRoutedAsync(ids, Patience, _ct);
        await _database.WaitUntilOutboxSentAsync(Patience, _ct);

        // Every deadline passes at once; both workers' sweepers find them in the same seconds.
        await _database.ExecuteAsync($"UPDATE complaints SET acknowledge_by = now() - interval '1 minute' WHERE id IN ({string.Join(",", ids.Select(id => $"'{id}'"))})", _ct);
        await _database.WaitUntilAsync("overdue complaints escalated", async db =>
        {
            // Complaints already with the Chief Touchpoint Officer have no level left to go to.
            var chief = await db.TouchpointOwners.Where(o => o.IsChiefTouchpointOfficer).Select(o => o.Id).SingleAsync(_ct);
            var waiting = await db.Complaints.CountAsync(
                c => ids.Contains(c.Id) && c.EscalationLevel == 0 && c.AssigneeId != chief && c.AcknowledgeBy < DateTimeOffset.UtcNow, _ct);
            return (waiting == 0, $"{waiting} still overdue");
        }, Patience, _ct);
        await _database.WaitUntilOutboxSentAsync(Patience, _ct);

        var ledger = await Ledger.ReadAsync(_database, ids, _ct);
        ledger.AssertRoutedExactlyOnce(await _database.ExpectedOwnersAsync(ids, _ct));
        ledger.AssertEscalatedAtMostOncePerLevel();
        Assert.True(ledger.Complaints.Count(c => c.EscalationLevel == 1) > Complaints / 2, "Most complaints had a deputy to escalate to.");
        Assert.False(restarted.HasExited, restarted.Tail());
        Assert.False(second.HasExited, second.Tail());
    }

    [Fact]
    public async Task RabbitMQ_stopped_and_restarted_mid_run_loses_nothing_and_does_nothing_twice()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, _ct);
        // A process under a supervisor: should the client stall after the broker's restart, the worker exits and comes back.
        await using var worker = SupervisedWorker.Start(_database, broker, redis, "broker-restart");
        var ids = new List<Guid>(await _database.SubmitComplaintsAsync(Complaints / 2, seed: 42, _ct));
        await WaitForRoutedAsync(ids, atLeast: Complaints / 10, worker: null);

        var stop = await rabbitMq.Server.RunCtlAsync(["stop_app"], _ct);
        Assert.True(stop.Succeeded, stop.Output);
        // The other half arrives while the broker is down: it waits in the outbox.
        ids.AddRange(await _database.SubmitComplaintsAsync(Complaints / 2, seed: 142, _ct));
        var routedWhileDown = await CountRoutedAsync(ids);
        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        var start = await rabbitMq.Server.RunCtlAsync(["start_app"], _ct);
        Assert.True(start.Succeeded, start.Output);
        Assert.True(routedWhileDown <= Complaints / 2, $"{routedWhileDown} complaints were routed while the broker was down.");

        await _database.WaitUntilRoutedAsync(ids, Patience, _ct);
        await _database.WaitUntilOutboxSentAsync(Patience, _ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"worker restarts: {worker.Exits.Count}{Environment.NewLine}{string.Join(Environment.NewLine, worker.Exits)}");

        var ledger = await Ledger.ReadAsync(_database, ids, _ct);
        ledger.AssertRoutedExactlyOnce(await _database.ExpectedOwnersAsync(ids, _ct));
        ledger.AssertEscalatedAtMostOncePerLevel();
    }

    [Fact]
    public async Task A_duplicate_of_every_message_changes_nothing_twice()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, _ct);
        using var host = await WorkerHost.StartAsync(_database, broker, redis, _ct);
        var ids = await _database.SubmitComplaintsAsync(Complaints, seed: 43, _ct, copies: 2);

        await _database.WaitUntilRoutedAsync(ids, Patience, _ct);
        await _database.WaitUntilOutboxSentAsync(Patience, _ct);
        await host.StopAsync(_ct);

        var ledger = await Ledger.ReadAsync(_database, ids, _ct);
        ledger.AssertRoutedExactlyOnce(await _database.ExpectedOwnersAsync(ids, _ct));
        ledger.AssertEscalatedAtMostOncePerLevel();
        await using var db = _database.CreateContext();
        // Both copies were published (the outbox is empty) and consumed; the second found the complaint routed.
        Assert.Equal(2 * Complaints, await db.OutboxMessages.CountAsync(m => m.MessageType == typeof(ComplaintSubmitted).FullName, _ct));
    }

    private async Task WaitForRoutedAsync(IReadOnlyList<Guid> ids, int atLeast, WorkerProcess? worker)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (await CountRoutedAsync(ids) < atLeast)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline && worker?.HasExited != true,
                $"Fewer than {atLeast} complaints were routed in time. Worker output:{Environment.NewLine}{worker?.Tail()}");
            await Task.Delay(20, _ct);
        }
    }

    private async Task<int> CountRoutedAsync(IReadOnlyList<Guid> ids)
    {
        await using var db = _database.CreateContext();
        return await db.Complaints.CountAsync(c => ids.Contains(c.Id) && c.Status == ComplaintStatus.Routed, _ct);
    }
}
