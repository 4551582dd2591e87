using System.Linq.Expressions;
using CustomerCentric.Data;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>A customer's interactions at touchpoints.</summary>
public sealed class InteractionsOfCustomer : CustomerRows<Interaction>
{
    public override Expression<Func<Customer, IQueryable<Interaction>>> Of(CustomerCentricDbContext db, Guid[] customerIds) =>
        customer => db.Interactions.Where(i => customerIds.Contains(i.CustomerId) && i.CustomerId == customer.Id);

    public override Guid CustomerOf(Interaction row) => row.CustomerId;
}
