using System.Diagnostics.Metrics;
using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Worker.IntegrationEvents.EventHandling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Worker.Routing;

/// <summary>
/// Routes one complaint: evaluates the current rule set, stores the assignment with its decision and SLA deadlines, and
/// enqueues <see cref="ComplaintRouted"/> in the outbox, all in one transaction. The complaint's status makes it
/// idempotent (only a Received complaint is routed) and its Version token makes a race between two workers fail one save.
/// </summary>
public sealed class ComplaintRouter(
    CustomerCentricDbContext db, IOutbox outbox, RuleSetCache rules, SlaPolicy sla, TimeProvider time, ILogger<ComplaintRouter> logger)
{
    private static readonly Meter Meter = new("CustomerCentric.Worker");
    private static readonly Counter<long> Routed = Meter.CreateCounter<long>("customercentric.complaints.routed", description: "Complaints routed");
    private static readonly Counter<long> Redelivered = Meter.CreateCounter<long>(
        "customercentric.complaints.already_routed", description: "Messages for complaints that were already routed (redeliveries, duplicates)");

    /// <returns>True when this call routed it; false when it already was routed.</returns>
    /// <exception cref="ComplaintNotFoundException">No complaint has that id.</exception>
    public async Task<bool> RouteAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.WithHistory().SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken)
            ?? throw new ComplaintNotFoundException(complaintId);
        if (complaint.Status != ComplaintStatus.Received)
        {
            Redelivered.Add(1);
            logger.LogDebug("Complaint {ComplaintId} is already {Status}; nothing to do", complaintId, complaint.Status);
            return false;
        }

        // One snapshot of the rule set for this complaint: its version is the one the decision records.
        var ruleSet = await rules.CurrentAsync(cancellationToken);
        var touchpoint = await db.Touchpoints.AsNoTracking().SingleAsync(t => t.Id == complaint.TouchpointId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == complaint.CustomerId, cancellationToken);
        var owners = await db.TouchpointOwners.AsNoTracking()
            .Where(o => o.Id == touchpoint.DefaultOwnerId || (o.IsChiefTouchpointOfficer && o.IsActive))
            .ToListAsync(cancellationToken);
        var chief = owners.SingleOrDefault(o => o.IsChiefTouchpointOfficer && o.IsActive)
            ?? throw new InvalidOperationException("No active Chief Touchpoint Officer is appointed: complaints cannot be routed.");
        var defaultOwner = owners.SingleOrDefault(o => o.Id == touchpoint.DefaultOwnerId);

        // Never before the complaint's last step (the API's clock may run ahead of ours).
        var at = Max(time.GetUtcNow(), complaint.History[^1].At);
        var decision = ruleSet.Evaluate(RoutingInput.For(complaint, touchpoint, customer), RoutingFallbacks.From(defaultOwner, chief), at);
        var deadlines = sla.Deadlines(complaint.Severity, at);
        complaint.Route(decision, deadlines, at);
        outbox.Enqueue(new ComplaintRouted(
            complaint.Id, decision.OwnerId, decision.RuleSetVersion, decision.Outcome.ToString(), at, deadlines.AcknowledgeBy, deadlines.ResolveBy)
        {
            MatchedRuleId = decision.MatchedRuleId,
            MatchedRuleName = decision.MatchedRuleName,
        });

        await db.SaveChangesAsync(cancellationToken);
        Routed.Add(1);
        return true;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
