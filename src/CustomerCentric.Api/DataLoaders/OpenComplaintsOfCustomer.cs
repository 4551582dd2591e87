using System.Linq.Expressions;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>A customer's complaints not yet resolved (<see cref="ComplaintNode.OpenStatuses"/>).</summary>
public sealed class OpenComplaintsOfCustomer : CustomerRows<Complaint>
{
    public override Expression<Func<Customer, IQueryable<Complaint>>> Of(CustomerCentricDbContext db, Guid[] customerIds) =>
        customer => db.Complaints.Where(c => customerIds.Contains(c.CustomerId) && c.CustomerId == customer.Id && ComplaintNode.OpenStatuses.Contains(c.Status));

    public override Guid CustomerOf(Complaint row) => row.CustomerId;
}
