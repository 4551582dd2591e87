using System.Linq.Expressions;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Domain.Customers;
using CustomerCentric.GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>How many rows a nested list holds for each customer of a batch (its <c>totalCount</c>), in one query.</summary>
public sealed class CountsByCustomerLoader<TRows, TEntity>(DataLoaderScope scope, ReadDatabase database) : BatchDataLoader<Guid, int>(scope)
    where TRows : CustomerRows<TEntity>, new()
{
    private static readonly TRows Rows = new();

    protected override Task<IReadOnlyDictionary<Guid, int>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync<IReadOnlyDictionary<Guid, int>>(async db =>
        {
            var ids = keys.ToArray();
            var rows = Rows.Of(db, ids);
            var customer = rows.Parameters[0];
            var count = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TEntity)], rows.Body);
            var select = Expression.Lambda<Func<Customer, CustomerCount>>(
                Expression.New(typeof(CustomerCount).GetConstructors()[0], Expression.Property(customer, nameof(Customer.Id)), count), customer);
            return await db.Customers.Where(c => ids.Contains(c.Id)).Select(select).ToDictionaryAsync(c => c.CustomerId, c => c.Count, cancellationToken);
        });

    private sealed record CustomerCount(Guid CustomerId, int Count);
}
