using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Dashboard;

/// <summary>
/// The leadership meeting's agenda, the customer first: customers whose relationship health dropped, then open critical
/// complaints, escalations, and touchpoints whose customers feel worse than before. "Before" and "now" are the two
/// halves of the last four weeks.
/// </summary>
public sealed record Agenda(
    IReadOnlyList<HealthDrop> Customers,
    IReadOnlyList<Complaint> OpenCritical,
    IReadOnlyList<Complaint> Escalations,
    IReadOnlyList<SentimentDrop> Touchpoints)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(14);
    private const int Listed = 8;

    public static async Task<Agenda> BuildAsync(
        CustomerCentricDbContext db, AdminCatalog catalog, IReadOnlyList<Complaint> complaints, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = complaints.Where(c => c.Status is ComplaintStatus.Received or ComplaintStatus.Routed or ComplaintStatus.Acknowledged).ToList();
        var middle = now - Window;
        var start = now - Window - Window;
        var interactions = await db.Interactions.AsNoTracking()
            .Where(i => i.OccurredAt >= start)
            .Select(i => new { i.CustomerId, i.TouchpointId, i.OccurredAt, i.Sentiment })
            .ToListAsync(cancellationToken);

        var touchpoints = interactions.GroupBy(i => i.TouchpointId)
            .Select(g => (Touchpoint: catalog.TouchpointsById.GetValueOrDefault(g.Key),
                Before: g.Where(i => i.OccurredAt < middle).Select(i => (double)(int)i.Sentiment).ToList(),
                Now: g.Where(i => i.OccurredAt >= middle).Select(i => (double)(int)i.Sentiment).ToList()))
            .Where(t => t.Touchpoint is not null && t.Before.Count >= 3 && t.Now.Count >= 3)
            .Select(t => new SentimentDrop(t.Touchpoint!, t.Before.Average(), t.Now.Average()))
            .Where(t => t.Now < t.Before - 0.25)
            .OrderBy(t => t.Now - t.Before).Take(Listed).ToList();

        // Health: the mean sentiment of a customer's experiences, a complaint counting as a very negative one.
        var experiences = interactions.Select(i => (i.CustomerId, i.OccurredAt, Score: (double)(int)i.Sentiment))
            .Concat(complaints.Where(c => c.SubmittedAt >= start).Select(c => (c.CustomerId, OccurredAt: c.SubmittedAt, Score: -2.0)))
            .GroupBy(e => e.CustomerId)
            .Select(g => (CustomerId: g.Key,
                Before: g.Where(e => e.OccurredAt < middle).Select(e => e.Score).ToList(),
                Now: g.Where(e => e.OccurredAt >= middle).Select(e => e.Score).ToList()))
            .Where(c => c.Before.Count > 0 && c.Now.Count > 0)
            .Select(c => (c.CustomerId, Before: c.Before.Average(), Now: c.Now.Average()))
            .Where(c => c.Now <= c.Before - 1)
            .OrderBy(c => c.Now - c.Before).Take(Listed).ToList();
        var ids = experiences.Select(e => e.CustomerId).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        return new Agenda(
            experiences.Where(e => customers.ContainsKey(e.CustomerId)).Select(e => new HealthDrop(customers[e.CustomerId], e.Before, e.Now)).ToList(),
            open.Where(c => c.Severity == Severity.Critical).OrderBy(c => c.SubmittedAt).Take(Listed).ToList(),
            open.Where(c => c.EscalationLevel > 0).OrderByDescending(c => c.EscalationLevel).ThenBy(c => c.SubmittedAt).Take(Listed).ToList(),
            touchpoints);
    }
}

public sealed record HealthDrop(Customer Customer, double Before, double Now);

public sealed record SentimentDrop(Touchpoint Touchpoint, double Before, double Now);
