using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Routing;

/// <summary>Recent complaints as the rules engine sees them, with the fallbacks the worker would use today.</summary>
public sealed class RoutingCases(CustomerCentricDbContext db)
{
    /// <summary>At most this many complaints are replayed: enough for a clear picture, bounded for a page request.</summary>
    public const int MaxCases = 20_000;

    public async Task<IReadOnlyList<ReplayedComplaint>> SinceAsync(DateTimeOffset since, AdminCatalog catalog, CancellationToken cancellationToken)
    {
        if (catalog.Chief is not { } chief)
        {
            return [];
        }

        var rows = await (
                from complaint in db.Complaints.AsNoTracking()
                join customer in db.Customers.AsNoTracking() on complaint.CustomerId equals customer.Id
                where complaint.SubmittedAt >= since
                orderby complaint.SubmittedAt descending
                select new { complaint.Id, complaint.TouchpointId, complaint.Category, complaint.Severity, complaint.Text, complaint.SubmittedAt, customer.Segment })
            .Take(MaxCases)
            .ToListAsync(cancellationToken);

        var cases = new List<ReplayedComplaint>(rows.Count);
        foreach (var row in rows)
        {
            if (!catalog.TouchpointsById.TryGetValue(row.TouchpointId, out var touchpoint))
            {
                continue;
            }

            var defaultOwner = touchpoint.DefaultOwnerId is { } ownerId ? catalog.OwnersById.GetValueOrDefault(ownerId) : null;
            var input = new RoutingInput(touchpoint.Id, touchpoint.Channel, touchpoint.JourneyPhase, row.Category, row.Severity, row.Segment, row.Text);
            cases.Add(new ReplayedComplaint(new RoutingCase(row.Id, input, RoutingFallbacks.From(defaultOwner, chief)), row.SubmittedAt));
        }

        return cases;
    }
}

/// <summary>One complaint replayed through rule sets.</summary>
public sealed record ReplayedComplaint(RoutingCase Case, DateTimeOffset SubmittedAt);
