using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Data.Agenda;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Dashboard;

/// <summary>
/// The leadership meeting's agenda as the dashboard shows it: the first few items of each list of the shared
/// <see cref="LeadershipAgenda"/> (the API's agenda query reads the same), with customers and touchpoints looked up.
/// </summary>
public sealed record Agenda(
    IReadOnlyList<HealthDrop> Customers,
    IReadOnlyList<Complaint> OpenCritical,
    IReadOnlyList<Complaint> Escalations,
    IReadOnlyList<SentimentDrop> Touchpoints)
{
    private const int Listed = 8;

    public static async Task<Agenda> BuildAsync(CustomerCentricDbContext db, AdminCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agenda = await LeadershipAgenda.BuildAsync(db, now, cancellationToken);
        var ids = agenda.Customers.Take(Listed).Select(c => c.CustomerId).ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        return new Agenda(
            [.. agenda.Customers.Take(Listed).Where(c => customers.ContainsKey(c.CustomerId)).Select(c => new HealthDrop(customers[c.CustomerId], c.Health.ScoreBefore, c.Health.Score))],
            [.. agenda.OpenCritical.Take(Listed).Select(c => c.Complaint)],
            [.. agenda.Escalations.Take(Listed).Select(c => c.Complaint)],
            [.. agenda.Touchpoints.Where(t => catalog.TouchpointsById.ContainsKey(t.TouchpointId)).Take(Listed)
                .Select(t => new SentimentDrop(catalog.TouchpointsById[t.TouchpointId], t.Before, t.Now))]);
    }
}

/// <summary>Relationship health (0..100) 30 days ago and now.</summary>
public sealed record HealthDrop(Customer Customer, int Before, int Now);

public sealed record SentimentDrop(Touchpoint Touchpoint, double Before, double Now);
