using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Dashboard;

/// <summary>The figures on the dashboard for the last <see cref="Days"/> days, and the agenda for the leadership meeting.</summary>
public sealed record DashboardReport(
    int Days,
    int Complaints,
    IReadOnlyList<ChartBar> ByTouchpoint,
    IReadOnlyList<ChartBar> BySeverity,
    Percentiles? TimeToRoute,
    Percentiles? TimeToAcknowledge,
    IReadOnlyList<ChartBar> SlaBreachesBySeverity,
    int SlaBreaches,
    Agenda Agenda)
{
    public static async Task<DashboardReport> BuildAsync(CustomerCentricDbContext db, AdminCatalog catalog, int days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-days);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.SubmittedAt >= since || (c.Status != ComplaintStatus.Resolved && c.Status != ComplaintStatus.Closed))
            .ToListAsync(cancellationToken);
        var recent = complaints.Where(c => c.SubmittedAt >= since).ToList();

        var byTouchpoint = recent.GroupBy(c => c.TouchpointId)
            .Select(g => new ChartBar(catalog.TouchpointName(g.Key), g.Count()))
            .OrderByDescending(b => b.Value).Take(10).ToList();
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(s => new ChartBar(s.ToString(), recent.Count(c => c.Severity == s), s.ToString())).ToList();
        var breaches = recent.Where(c => IsBreached(c, now)).ToList();
        var breachBars = Enum.GetValues<Severity>().Reverse()
            .Select(s => new ChartBar(s.ToString(), breaches.Count(c => c.Severity == s), s.ToString())).ToList();

        return new DashboardReport(
            days,
            recent.Count,
            byTouchpoint,
            bySeverity,
            Percentiles.Of(recent.Where(c => c.RoutedAt is not null).Select(c => c.RoutedAt!.Value - c.SubmittedAt)),
            Percentiles.Of(recent.Where(c => c.AcknowledgedAt is not null && c.RoutedAt is not null).Select(c => c.AcknowledgedAt!.Value - c.RoutedAt!.Value)),
            breachBars,
            breaches.Count,
            await Agenda.BuildAsync(db, catalog, now, cancellationToken));
    }

    /// <summary>Acknowledged or resolved late, or still open past the deadline.</summary>
    public static bool IsBreached(Complaint complaint, DateTimeOffset now) =>
        (complaint.AcknowledgeBy is { } ackBy && (complaint.AcknowledgedAt ?? (complaint.Status == ComplaintStatus.Routed ? now : ackBy)) > ackBy)
        || (complaint.ResolveBy is { } resolveBy && (complaint.ResolvedAt ?? (complaint.Status is ComplaintStatus.Routed or ComplaintStatus.Acknowledged ? now : resolveBy)) > resolveBy);
}
