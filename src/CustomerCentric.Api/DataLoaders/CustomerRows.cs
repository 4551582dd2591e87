using System.Linq.Expressions;
using CustomerCentric.Data;
using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>Which of a customer's rows a nested list shows: the subquery per customer that its pages and counts read.</summary>
public abstract class CustomerRows<TEntity>
{
    /// <param name="customerIds">
    /// The batch's customers. Besides the correlation with <c>customer</c>, the subquery filters by them itself: EF Core
    /// turns a page per parent into ROW_NUMBER() over the subquery's rows, which then numbers these customers' rows only,
    /// not the whole table's.
    /// </param>
    public abstract Expression<Func<Customer, IQueryable<TEntity>>> Of(CustomerCentricDbContext db, Guid[] customerIds);

    public abstract Guid CustomerOf(TEntity row);
}
