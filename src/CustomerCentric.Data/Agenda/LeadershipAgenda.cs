using System.Globalization;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Data.Agenda;

/// <summary>
/// The customer matters for the next leadership meeting, each with the reason it is there: customers whose relationship
/// health is declining (<see cref="RelationshipHealthCalculator"/>, the same computation as the API's relationshipHealth),
/// open critical complaints, open escalated complaints, and touchpoints whose interaction sentiment fell from the previous
/// <see cref="SentimentWindow"/> to the last one. The API's <c>agenda</c> query and the admin's dashboard both read this.
/// </summary>
public sealed record LeadershipAgenda(
    IReadOnlyList<CustomerHealthDrop> Customers,
    IReadOnlyList<ComplaintOnAgenda> OpenCritical,
    IReadOnlyList<ComplaintOnAgenda> Escalations,
    IReadOnlyList<TouchpointSentimentDrop> Touchpoints)
{
    public static readonly TimeSpan SentimentWindow = TimeSpan.FromDays(14);

    /// <summary>Fewer interactions per window say too little about a touchpoint to put it on the agenda.</summary>
    public const int MinimumInteractionsPerWindow = 3;

    /// <summary>How far the average sentiment (-2..2) must fall to count.</summary>
    public const double SentimentFall = 0.25;

    // Health looks back 90 days from now and from 30 days ago; anything older moves neither score.
    private static readonly TimeSpan HealthHorizon = TimeSpan.FromDays(120);

    public static async Task<LeadershipAgenda> BuildAsync(CustomerCentricDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Received || c.Status == ComplaintStatus.Routed || c.Status == ComplaintStatus.Acknowledged)
            .Where(c => c.Severity == Severity.Critical || c.EscalationLevel > 0)
            .OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var critical = open.Where(c => c.Severity == Severity.Critical)
            .Select(c => new ComplaintOnAgenda(c, string.Create(CultureInfo.InvariantCulture, $"Critical complaint open for {(int)(now - c.SubmittedAt).TotalHours} h (since {c.SubmittedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC), status {c.Status}.")))
            .ToList();
        var escalations = open.Where(c => c.EscalationLevel > 0)
            .OrderByDescending(c => c.EscalationLevel).ThenBy(c => c.SubmittedAt)
            .Select(c => new ComplaintOnAgenda(c, $"Escalated to level {c.EscalationLevel} after a missed SLA deadline; still {c.Status}."))
            .ToList();

        return new LeadershipAgenda(
            await HealthDropsAsync(db, now, cancellationToken),
            critical,
            escalations,
            await SentimentDropsAsync(db, now, cancellationToken));
    }

    private static async Task<List<TouchpointSentimentDrop>> SentimentDropsAsync(CustomerCentricDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var middle = now - SentimentWindow;
        var start = middle - SentimentWindow;
        var interactions = await db.Interactions.AsNoTracking()
            .Where(i => i.OccurredAt > start && i.OccurredAt <= now)
            .Select(i => new { i.TouchpointId, i.OccurredAt, i.Sentiment })
            .ToListAsync(cancellationToken);
        return [.. interactions.GroupBy(i => i.TouchpointId)
            .Select(g => (TouchpointId: g.Key,
                Before: g.Where(i => i.OccurredAt <= middle).Select(i => (double)(int)i.Sentiment).ToList(),
                Recent: g.Where(i => i.OccurredAt > middle).Select(i => (double)(int)i.Sentiment).ToList()))
            .Where(t => t.Before.Count >= MinimumInteractionsPerWindow && t.Recent.Count >= MinimumInteractionsPerWindow)
            .Select(t => new TouchpointSentimentDrop(t.TouchpointId, t.Before.Average(), t.Recent.Average(), t.Before.Count, t.Recent.Count))
            .Where(t => t.Now <= t.Before - SentimentFall)
            .OrderBy(t => t.Now - t.Before).ThenBy(t => t.TouchpointId)];
    }

    private static async Task<List<CustomerHealthDrop>> HealthDropsAsync(CustomerCentricDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - HealthHorizon;
        var interactions = await db.Interactions.AsNoTracking().Where(i => i.OccurredAt > since).ToListAsync(cancellationToken);
        // Complaints still open count however old they are; resolved ones only if they were open inside the horizon.
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.ResolvedAt == null || c.ResolvedAt > since)
            .ToListAsync(cancellationToken);
        var interactionsByCustomer = interactions.ToLookup(i => i.CustomerId);
        var complaintsByCustomer = complaints.ToLookup(c => c.CustomerId);
        return [.. interactionsByCustomer.Select(g => g.Key).Union(complaintsByCustomer.Select(g => g.Key))
            .Select(id => (CustomerId: id, Health: RelationshipHealthCalculator.Calculate([.. interactionsByCustomer[id]], [.. complaintsByCustomer[id]], now)))
            .Where(c => c.Health.Trend == HealthTrend.Declining)
            .Select(c => new CustomerHealthDrop(c.CustomerId, c.Health))
            .OrderBy(c => c.Health.Score - c.Health.ScoreBefore).ThenBy(c => c.CustomerId)];
    }
}
