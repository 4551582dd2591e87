using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>Customers by id, one query per batch.</summary>
public sealed class CustomerByIdLoader(DataLoaderScope scope, ReadDatabase database) : BatchDataLoader<Guid, Customer>(scope)
{
    protected override Task<IReadOnlyDictionary<Guid, Customer>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync<IReadOnlyDictionary<Guid, Customer>>(async db =>
            await db.Customers.Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken));
}
