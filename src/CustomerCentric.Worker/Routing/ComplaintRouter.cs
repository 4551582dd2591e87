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
        // One round trip: the complaints (tracked: routing changes them), and beside each what its routing reads of other
        // tables, as scalar subqueries by key, so the planner has no join order to search (the query that joined all six tables
        // took about a millisecond to plan) and no join to the history to get wrong (with a complaint's history joined, stale
        // statistics had it hash the whole history table now and then: milliseconds a group). Five queries of one table each
        // cost four more round trips, at a steady trickle much of the database's and this process's work per complaint.
        // The history is not loaded: routing only appends to it (EF Core inserts the new entry), and needs only the time of
        // its last step, which it reads by the index leading with complaint_id.
        // A lone complaint (the usual group at a trickle) by "id = $1", not "id = ANY($1)": PostgreSQL plans a prepared
        // statement anew on each use while it expects a plan for the parameters at hand to beat its generic plan, which for an
        // array of unknown length it always does (0.2-0.5 ms of planning per use here); for one id it soon keeps the generic
        // plan.
        var ids = complaintIds.Distinct().ToArray();
        var single = ids.Length == 1 ? ids[0] : Guid.Empty;
        var complaints = ids.Length == 1 ? db.Complaints.Where(c => c.Id == single) : db.Complaints.Where(c => ids.Contains(c.Id));
        var loaded = await complaints
            .Select(c => new
            {
                Complaint = c,
                LastStepAt = db.Set<ComplaintHistoryEntry>().Where(h => h.ComplaintId == c.Id).Max(h => (DateTimeOffset?)h.At),
                Channel = db.Touchpoints.Where(t => t.Id == c.TouchpointId).Select(t => (Channel?)t.Channel).FirstOrDefault(),
                JourneyPhase = db.Touchpoints.Where(t => t.Id == c.TouchpointId).Select(t => (JourneyPhase?)t.JourneyPhase).FirstOrDefault(),
                Segment = db.Customers.Where(u => u.Id == c.CustomerId).Select(u => (CustomerSegment?)u.Segment).FirstOrDefault(),
                // RoutingFallbacks.From's rule: the touchpoint's default owner when it is active.
                ActiveDefaultOwnerId = db.TouchpointOwners
                    .Where(o => o.IsActive && o.Id == db.Touchpoints.Where(t => t.Id == c.TouchpointId).Select(t => t.DefaultOwnerId).FirstOrDefault())
                    .Select(o => (Guid?)o.Id).FirstOrDefault(),
                // The active Chief Touchpoint Officer (one at most: a unique index).
                ChiefId = db.TouchpointOwners.Where(o => o.IsChiefTouchpointOfficer && o.IsActive).Select(o => (Guid?)o.Id).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var results = ids.ToDictionary(id => id, _ => RoutingResult.NotFound);
        var received = new List<(Complaint Complaint, DateTimeOffset LastStepAt, RoutingInput Input, RoutingFallbacks Fallbacks)>(loaded.Count);
        foreach (var row in loaded)
        {
            var complaint = row.Complaint;
            if (complaint.Status != ComplaintStatus.Received)
            {
                results[complaint.Id] = RoutingResult.AlreadyRouted;
                Redelivered.Add(1);
                logger.LogDebug("Complaint {ComplaintId} is already {Status}; nothing to do", complaint.Id, complaint.Status);
                continue;
            }

            // Foreign keys: every complaint has its touchpoint and customer.
            var input = new RoutingInput(
                complaint.TouchpointId,
                row.Channel ?? throw new InvalidOperationException($"Touchpoint {complaint.TouchpointId} of complaint {complaint.Id} was not found."),
                row.JourneyPhase!.Value,
                complaint.Category,
                complaint.Severity,
                row.Segment ?? throw new InvalidOperationException($"Customer {complaint.CustomerId} of complaint {complaint.Id} was not found."),
                complaint.Text);
            var chief = row.ChiefId ?? throw new InvalidOperationException("No active Chief Touchpoint Officer is appointed: complaints cannot be routed.");
            received.Add((complaint, row.LastStepAt ?? complaint.SubmittedAt, input, new RoutingFallbacks(row.ActiveDefaultOwnerId, chief)));
        }

        if (received.Count == 0)
        {
            return results;
        }

        // One snapshot of the rule set for the group: its version is the one each decision records.
        var ruleSet = await rules.CurrentAsync(cancellationToken);
        var now = time.GetUtcNow();
        var announcements = new List<OutboxMessage>(received.Count);
        foreach (var (complaint, lastStepAt, input, fallbacks) in received)
        {
            // Never before the complaint's last step (the API's clock may run ahead of ours).
            var at = Max(now, lastStepAt);
            var decision = ruleSet.Evaluate(input, fallbacks, at);
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
