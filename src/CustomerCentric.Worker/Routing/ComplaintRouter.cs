using System.Diagnostics.Metrics;
using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Domain.Touchpoints;
using CustomerCentric.Messaging.Outbox;
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
/// <param name="publisher">
/// Where a bus is (the worker), each ComplaintRouted is published right after the commit and its row marked sent, the
/// dispatcher standing by should that not happen; without one (the router driven alone) the rows wait for a dispatcher.
/// </param>
public sealed class ComplaintRouter(
    CustomerCentricDbContext db, IOutbox outbox, RuleSetCache rules, SlaPolicy sla, TimeProvider time, ILogger<ComplaintRouter> logger,
    OutboxPublisher? publisher = null)
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
        // Queries on one table each, by key. PostgreSQL plans each in microseconds and soon keeps the plan; the one query that
        // joined all six tables took about a millisecond to plan on every use (more than to run it) and now and then chose a
        // hash join over the whole history table. At a steady trickle, with a complaint or two per group, that cost more CPU
        // than the four extra round trips.
        var ids = complaintIds.Distinct().ToArray();
        var complaints = await db.Complaints.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var results = ids.ToDictionary(id => id, _ => RoutingResult.NotFound);
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

        await db.LoadHistoryAsync([.. received.Select(c => c.Id)], cancellationToken);
        var touchpointIds = received.Select(c => c.TouchpointId).Distinct().ToArray();
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var customerIds = received.Select(c => c.CustomerId).Distinct().ToArray();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        // The touchpoints' default owners and the active Chief Touchpoint Officer (one at most: a unique index).
        var ownerIds = touchpoints.Values.Where(t => t.DefaultOwnerId is not null).Select(t => t.DefaultOwnerId!.Value).Distinct().ToArray();
        var owners = await db.TouchpointOwners.AsNoTracking()
            .Where(o => ownerIds.Contains(o.Id) || (o.IsChiefTouchpointOfficer && o.IsActive))
            .ToListAsync(cancellationToken);

        // One snapshot of the rule set for the group: its version is the one each decision records.
        var ruleSet = await rules.CurrentAsync(cancellationToken);
        var chief = owners.SingleOrDefault(o => o.IsChiefTouchpointOfficer && o.IsActive)
            ?? throw new InvalidOperationException("No active Chief Touchpoint Officer is appointed: complaints cannot be routed.");

        var now = time.GetUtcNow();
        var announcements = new List<OutboxMessage>(received.Count);
        foreach (var complaint in received)
        {
            // Foreign keys: every complaint has its touchpoint and customer.
            var touchpoint = touchpoints[complaint.TouchpointId];
            var customer = customers[complaint.CustomerId];
            var defaultOwner = owners.FirstOrDefault(o => o.Id == touchpoint.DefaultOwnerId);
            // Never before the complaint's last step (the API's clock may run ahead of ours).
            var at = Max(now, complaint.History[^1].At);
            var decision = ruleSet.Evaluate(RoutingInput.For(complaint, touchpoint, customer), RoutingFallbacks.From(defaultOwner, chief), at);
            var deadlines = sla.Deadlines(complaint.Severity, at);
            complaint.Route(decision, deadlines, at);
            var announcement = outbox.Enqueue(new ComplaintRouted(
                complaint.Id, decision.OwnerId, decision.RuleSetVersion, decision.Outcome.ToString(), at, deadlines.AcknowledgeBy, deadlines.ResolveBy)
            {
                MatchedRuleId = decision.MatchedRuleId,
                MatchedRuleName = decision.MatchedRuleName,
            });
            announcements.Add(publisher?.Reserve(announcement) ?? announcement);
            results[complaint.Id] = RoutingResult.Routed;
        }

        await db.SaveChangesAsync(cancellationToken);
        Routed.Add(received.Count);
        if (publisher is not null)
        {
            await publisher.PublishCommittedAsync(announcements, cancellationToken);
        }

        return results;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
