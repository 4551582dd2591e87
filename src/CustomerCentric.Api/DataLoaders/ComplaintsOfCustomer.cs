using System.Linq.Expressions;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>All of a customer's complaints.</summary>
public sealed class ComplaintsOfCustomer : CustomerRows<Complaint>
{
    public override Expression<Func<Customer, IQueryable<Complaint>>> Of(CustomerCentricDbContext db, Guid[] customerIds) =>
        customer => db.Complaints.Where(c => customerIds.Contains(c.CustomerId) && c.CustomerId == customer.Id);

    public override Guid CustomerOf(Complaint row) => row.CustomerId;
}
