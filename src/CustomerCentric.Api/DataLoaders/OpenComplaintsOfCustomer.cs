using System.Linq.Expressions;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>A customer's complaints not yet resolved: received, routed or acknowledged.</summary>
public sealed class OpenComplaintsOfCustomer : CustomerRows<Complaint>
{
    private static readonly ComplaintStatus[] Open = [ComplaintStatus.Received, ComplaintStatus.Routed, ComplaintStatus.Acknowledged];

    public override Expression<Func<Customer, IQueryable<Complaint>>> Of(CustomerCentricDbContext db, Guid[] customerIds) =>
        customer => db.Complaints.Where(c => customerIds.Contains(c.CustomerId) && c.CustomerId == customer.Id && Open.Contains(c.Status));

    public override Guid CustomerOf(Complaint row) => row.CustomerId;
}
