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
public sealed class SlaSweeperTests(PostgresFixture postgres) : WorkerDatabaseTest(postgres)
{
    [Fact]
    public async Task A_missed_deadline_escalates_to_the_deputy_then_to_the_Chief_Touchpoint_Officer_and_no_further()
    {
        var time = new ShiftedTimeProvider();
        await using var services = WorkerServices.Create(Database, time, new WorkerOptions { SlaBatchSize = 50 });
        var ids = await Database.SubmitComplaintsAsync(60, seed: 21, Ct);
        await services.RouteAsync(ids, Ct);
        var sweeper = services.GetRequiredService<SlaSweeper>();
        await using var read = Database.CreateContext();
        var chief = await read.TouchpointOwners.SingleAsync(o => o.IsChiefTouchpointOfficer, Ct);
        var owners = await read.TouchpointOwners.AsNoTracking().ToDictionaryAsync(o => o.Id, Ct);
        var routed = await read.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, Ct);
        var escalable = routed.Values.Where(c => c.AssigneeId != chief.Id).Select(c => c.Id).ToList();
        Assert.NotEmpty(escalable);

        // Before any deadline nothing moves.
        Assert.Equal(0, await SweepAllAsync(sweeper));

        // Past every acknowledge deadline (Low has 24 h): each goes to its assignee's deputy.
        time.Offset = TimeSpan.FromHours(25);
        Assert.Equal(escalable.Count, await SweepAllAsync(sweeper));
        var first = await Ledger.ReadAsync(Database, ids, Ct);
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

        var last = await Ledger.ReadAsync(Database, ids, Ct);
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
        await using var one = WorkerServices.Create(Database, time, options);
        await using var two = WorkerServices.Create(Database, time, options);
        var ids = await Database.SubmitComplaintsAsync(150, seed: 22, Ct);
        await one.RouteAsync(ids, Ct);

        time.Offset = TimeSpan.FromHours(25);
        var escalated = await Task.WhenAll(
            Task.Run(() => SweepAllAsync(one.GetRequiredService<SlaSweeper>()), Ct),
            Task.Run(() => SweepAllAsync(two.GetRequiredService<SlaSweeper>()), Ct));

        var ledger = await Ledger.ReadAsync(Database, ids, Ct);
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
            swept = await sweeper.SweepOnceAsync(Ct);
            total += swept;
        }
        while (swept > 0);
        return total;
    }
}
