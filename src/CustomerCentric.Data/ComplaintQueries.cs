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
}
