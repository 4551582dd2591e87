using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Interactions;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>Interactions by id, one query per batch.</summary>
public sealed class InteractionByIdLoader(DataLoaderScope scope, ReadDatabase database) : BatchDataLoader<Guid, Interaction>(scope)
{
    protected override Task<IReadOnlyDictionary<Guid, Interaction>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync<IReadOnlyDictionary<Guid, Interaction>>(async db =>
            await db.Interactions.Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken));
}
