using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Sla;
using CustomerCentric.Worker.Tests.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Worker.Tests.Sla;

/// <summary>The SLA sweeper on a real database, with the clock moved past the deadlines.</summary>
public sealed class SlaSweeperTests(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly WorkerDatabase _database = new(postgres);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_missed_deadline_escalates_to_the_deputy_then_to_the_Chief_Touchpoint_Officer_and_no_further()
    {
        var time = new ShiftedTimeProvider();
        await using var services = WorkerServices.Create(_database, time, new WorkerOptions { SlaBatchSize = 50 });
        var ids = await _database.SubmitComplaintsAsync(60, seed: 21, _ct);
        await services.RouteAsync(ids, _ct);
        var sweeper = services.GetRequiredService<SlaSweeper>();
        await using var read = _database.CreateContext();
        var chief = await read.TouchpointOwners.SingleAsync(o => o.IsChiefTouchpointOfficer, _ct);
        var owners = await read.TouchpointOwners.AsNoTracking().ToDictionaryAsync(o => o.Id, _ct);
        var routed = await read.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, _ct);
        var escalable = routed.Values.Where(c => c.AssigneeId != chief.Id).Select(c => c.Id).ToList();
        Assert.NotEmpty(escalable);

        // Before any deadline nothing moves.
        Assert.Equal(0, await SweepAllAsync(sweeper));

        // Past every acknowledge deadline (Low has 24 h): each goes to its assignee's deputy.
        time.Offset = TimeSpan.FromHours(25);
        Assert.Equal(escalable.Count, await SweepAllAsync(sweeper));
        var first = await Ledger.ReadAsync(_database, ids, _ct);
        Assert.All(first.Complaints.Where(c => escalable.Contains(c.Id)), c =>
        {
            Assert.Equal(1, c.EscalationLevel);
            Assert.Equal(owners[routed[c.Id].AssigneeId!.Value].DeputyId, c.AssigneeId);
            var step = c.History[^1];
            Assert.Equal(ComplaintHistoryKind.Escalated, step.Kind);
            Assert.Equal(c.AssigneeId, step.OwnerId);
            Assert.True(c.AcknowledgeBy > time.GetUtcNow(), "The deputy gets a fresh acknowledge window.");
        });
        Assert.All(first.Complaints.Where(c => !escalable.Contains(c.Id)), c => Assert.Equal(0, c.EscalationLevel));

        // Missed again: the Chief Touchpoint Officer, the last level.
        time.Offset = TimeSpan.FromHours(50);
        Assert.Equal(escalable.Count, await SweepAllAsync(sweeper));
        time.Offset = TimeSpan.FromHours(100);
        Assert.Equal(0, await SweepAllAsync(sweeper));

        var last = await Ledger.ReadAsync(_database, ids, _ct);
        Assert.All(last.Complaints.Where(c => escalable.Contains(c.Id)), c =>
        {
            Assert.Equal(2, c.EscalationLevel);
            Assert.Equal(chief.Id, c.AssigneeId);
        });
        last.AssertEscalatedAtMostOncePerLevel();
    }

    [Fact]
    public async Task Two_sweepers_running_at_once_never_escalate_a_complaint_twice()
    {
        var time = new ShiftedTimeProvider();
        var options = new WorkerOptions { SlaBatchSize = 7 };
        await using var one = WorkerServices.Create(_database, time, options);
        await using var two = WorkerServices.Create(_database, time, options);
        var ids = await _database.SubmitComplaintsAsync(150, seed: 22, _ct);
        await one.RouteAsync(ids, _ct);

        time.Offset = TimeSpan.FromHours(25);
        var escalated = await Task.WhenAll(
            Task.Run(() => SweepAllAsync(one.GetRequiredService<SlaSweeper>()), _ct),
            Task.Run(() => SweepAllAsync(two.GetRequiredService<SlaSweeper>()), _ct));

        var ledger = await Ledger.ReadAsync(_database, ids, _ct);
        var atLevelOne = ledger.Complaints.Count(c => c.EscalationLevel == 1);
        Assert.True(atLevelOne > 100, $"only {atLevelOne} escalated");
        Assert.Equal(atLevelOne, escalated.Sum());
        Assert.All(escalated, count => Assert.True(count > 0, "Both sweepers took part."));
        ledger.AssertEscalatedAtMostOncePerLevel();
        Assert.Equal(atLevelOne, ledger.EscalatedMessages.Values.Sum());
    }

    private async Task<int> SweepAllAsync(SlaSweeper sweeper)
    {
        var total = 0;
        int swept;
        do
        {
            swept = await sweeper.SweepOnceAsync(_ct);
            total += swept;
        }
        while (swept > 0);
        return total;
    }
}
