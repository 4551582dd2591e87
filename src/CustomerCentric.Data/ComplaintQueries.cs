using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Data;

public static class ComplaintQueries
{
    /// <summary>
    /// Loads complaints with their history in the order it happened. The domain checks each new step against the last
    /// one, so the history must be loaded in order; rows have no order of their own.
    /// </summary>
    public static IQueryable<Complaint> WithHistory(this IQueryable<Complaint> complaints)
        => complaints.Include(c => c.History.OrderBy(h => h.At).ThenBy(h => h.Id));

    /// <summary>
    /// Loads the history of complaints <paramref name="db"/> already tracks into their <see cref="Complaint.History"/>, in
    /// the order it happened: for several complaints one query on the history table alone, by the index that leads with
    /// complaint_id, where <see cref="WithHistory"/> joins it to the query that loads the complaints.
    /// </summary>
    public static Task LoadHistoryAsync(this CustomerCentricDbContext db, IReadOnlyCollection<Guid> complaintIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(complaintIds);
        // Tracked, so EF Core adds each entry to its complaint's History as it reads it, in this order.
        return db.Set<ComplaintHistoryEntry>()
            .Where(h => complaintIds.Contains(h.ComplaintId))
            .OrderBy(h => h.ComplaintId).ThenBy(h => h.At).ThenBy(h => h.Id)
            .LoadAsync(cancellationToken);
    }
}
