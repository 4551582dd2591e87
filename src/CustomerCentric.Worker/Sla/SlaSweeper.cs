using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Provider;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Worker.Sla;

/// <summary>
/// Escalates complaints whose acknowledge deadline passed: to the assignee's deputy, then to the Chief Touchpoint Officer
/// (<see cref="EscalationPolicy"/>), each step in the history and announced as <see cref="ComplaintEscalated"/> through the
/// outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so two workers sweeping at once never escalate one complaint twice.
/// Time comes from <see cref="TimeProvider"/>, so tests can move it.
/// </summary>
public sealed class SlaSweeper(
    IServiceScopeFactory scopes, SlaPolicy sla, WorkerOptions options, TimeProvider time, ILogger<SlaSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // A full batch means more may be waiting: sweep again at once.
                    while (await SweepOnceAsync(stoppingToken) == options.SlaBatchSize)
                    {
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "SLA sweep failed; trying again in {Interval}", options.SlaSweepInterval);
                }

                await Task.Delay(options.SlaSweepInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Escalates up to one batch of overdue complaints in one transaction.</summary>
    /// <returns>How many complaints were escalated.</returns>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var provider = DatabaseProviders.ForEfProvider(db.Database.ProviderName);
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await provider.ClaimOverdueComplaintIdsAsync(db, now, options.SlaBatchSize, cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var complaints = await db.Complaints.WithHistory().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var owners = await db.TouchpointOwners.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var chief = owners.Values.SingleOrDefault(o => o.IsChiefTouchpointOfficer && o.IsActive);
        var escalated = 0;
        foreach (var complaint in complaints)
        {
            var assignee = complaint.AssigneeId is { } assigneeId ? owners.GetValueOrDefault(assigneeId) : null;
            var deputy = assignee?.DeputyId is { } deputyId ? owners.GetValueOrDefault(deputyId) : null;
            if (EscalationPolicy.Next(complaint.EscalationLevel, assignee, deputy, chief) is not { } step)
            {
                logger.LogWarning("Complaint {ComplaintId} missed its deadline but has nobody to escalate to (level {Level})",
                    complaint.Id, complaint.EscalationLevel);
                continue;
            }

            var missed = complaint.AcknowledgeBy!.Value;
            var at = now >= complaint.History[^1].At ? now : complaint.History[^1].At;
            var acknowledgeBy = sla.AcknowledgeByAfterEscalation(complaint.Severity, at);
            complaint.Escalate(step, acknowledgeBy, at, $"Not acknowledged by {missed:yyyy-MM-dd HH:mm:ss} UTC by {Describe(assignee)}.");
            outbox.Enqueue(new ComplaintEscalated(complaint.Id, assignee?.Id, step.OwnerId, step.Level, missed, at, acknowledgeBy));
            escalated++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (escalated > 0)
        {
            logger.LogInformation("Escalated {Count} complaints that missed their acknowledge deadline", escalated);
        }

        return escalated;
    }

    private static string Describe(TouchpointOwner? owner) => owner is null ? "a removed owner" : owner.Name;
}
