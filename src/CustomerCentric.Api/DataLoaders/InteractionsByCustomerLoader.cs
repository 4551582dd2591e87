using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Interactions;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>A customer's interactions, newest first, one query per batch of keys.</summary>
public sealed class InteractionsByCustomerLoader(DataLoaderScope scope, ReadDatabase database) : GroupedDataLoader<Guid, Interaction>(scope)
{
    protected override Task<ILookup<Guid, Interaction>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync(async db =>
            (await db.Interactions.Where(e => keys.Contains(e.CustomerId)).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.CustomerId));
}
