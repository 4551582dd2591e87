using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.GraphQL.DataLoader;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>
/// A page of a nested list for each customer of a batch (<c>customers { nodes { complaints(first: 10) { ... } } }</c>): one
/// query per distinct page request, reading each customer's page only (<see cref="Paging.PagesByParentAsync"/>).
/// </summary>
public sealed class PagesByCustomerLoader<TRows, TEntity>(DataLoaderScope scope, ReadDatabase database)
    : GroupedDataLoader<CustomerPage<TEntity>, TEntity>(scope)
    where TRows : CustomerRows<TEntity>, new()
{
    private static readonly TRows Rows = new();

    protected override async Task<ILookup<CustomerPage<TEntity>, TEntity>> FetchAsync(IReadOnlyList<CustomerPage<TEntity>> keys, CancellationToken cancellationToken)
    {
        var pages = new List<(CustomerPage<TEntity> Key, TEntity Row)>();
        foreach (var request in keys.GroupBy(k => k.Request))
        {
            var ids = request.Select(k => k.CustomerId).ToArray();
            var byCustomer = await database.QueryAsync(db => Paging.PagesByParentAsync(
                db.Customers.Where(c => ids.Contains(c.Id)), Rows.Of(db, ids), Rows.CustomerOf, request.Key, cancellationToken));
            pages.AddRange(request.SelectMany(key => byCustomer[key.CustomerId].Select(row => (key, row))));
        }

        return pages.ToLookup(p => p.Key, p => p.Row);
    }
}
