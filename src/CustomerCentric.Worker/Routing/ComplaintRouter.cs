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
/// Routes complaints: evaluates the current rule set for each, stores its assignment with its decision and SLA deadlines,
/// and enqueues its <see cref="ComplaintRouted"/> in the outbox, all of a group in one transaction. The complaint's status
/// makes it idempotent (only a Received complaint is routed) and its Version token makes a race between two workers fail
/// one save.
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
    public async Task<bool> RouteAsync(Guid complaintId, CancellationToken cancellationToken) =>
        (await RouteAsync([complaintId], cancellationToken))[complaintId] switch
        {
            RoutingResult.Routed => true,
            RoutingResult.AlreadyRouted => false,
            _ => throw new ComplaintNotFoundException(complaintId),
        };

    /// <summary>Routes every Received complaint of <paramref name="complaintIds"/> in one transaction.</summary>
    /// <returns>What happened to each.</returns>
    public async Task<IReadOnlyDictionary<Guid, RoutingResult>> RouteAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        var complaints = await db.Complaints.WithHistory().Where(c => complaintIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var results = complaintIds.Distinct().ToDictionary(id => id, _ => RoutingResult.NotFound);
        var received = new List<Complaint>(complaints.Count);
        foreach (var complaint in complaints)
        {
            if (complaint.Status == ComplaintStatus.Received)
            {
                received.Add(complaint);
                continue;
            }

            results[complaint.Id] = RoutingResult.AlreadyRouted;
            Redelivered.Add(1);
            logger.LogDebug("Complaint {ComplaintId} is already {Status}; nothing to do", complaint.Id, complaint.Status);
        }

        if (received.Count == 0)
        {
            return results;
        }

        // One snapshot of the rule set for the group: its version is the one each decision records.
        var ruleSet = await rules.CurrentAsync(cancellationToken);
        var touchpointIds = received.Select(c => c.TouchpointId).Distinct().ToList();
        var customerIds = received.Select(c => c.CustomerId).Distinct().ToList();
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var defaultOwnerIds = touchpoints.Values.Where(t => t.DefaultOwnerId is not null).Select(t => t.DefaultOwnerId!.Value).Distinct().ToList();
        var owners = await db.TouchpointOwners.AsNoTracking()
            .Where(o => defaultOwnerIds.Contains(o.Id) || (o.IsChiefTouchpointOfficer && o.IsActive))
            .ToListAsync(cancellationToken);
        var chief = owners.SingleOrDefault(o => o.IsChiefTouchpointOfficer && o.IsActive)
            ?? throw new InvalidOperationException("No active Chief Touchpoint Officer is appointed: complaints cannot be routed.");
        var ownersById = owners.ToDictionary(o => o.Id);

        var now = time.GetUtcNow();
        foreach (var complaint in received)
        {
            var touchpoint = touchpoints[complaint.TouchpointId];
            var defaultOwner = touchpoint.DefaultOwnerId is { } ownerId ? ownersById.GetValueOrDefault(ownerId) : null;
            // Never before the complaint's last step (the API's clock may run ahead of ours).
            var at = Max(now, complaint.History[^1].At);
            var decision = ruleSet.Evaluate(
                RoutingInput.For(complaint, touchpoint, customers[complaint.CustomerId]), RoutingFallbacks.From(defaultOwner, chief), at);
            var deadlines = sla.Deadlines(complaint.Severity, at);
            complaint.Route(decision, deadlines, at);
            outbox.Enqueue(new ComplaintRouted(
                complaint.Id, decision.OwnerId, decision.RuleSetVersion, decision.Outcome.ToString(), at, deadlines.AcknowledgeBy, deadlines.ResolveBy)
            {
                MatchedRuleId = decision.MatchedRuleId,
                MatchedRuleName = decision.MatchedRuleName,
            });
            results[complaint.Id] = RoutingResult.Routed;
        }

        await db.SaveChangesAsync(cancellationToken);
        Routed.Add(received.Count);
        return results;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
