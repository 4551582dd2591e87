using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Owners;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>Touchpoint owners by id, one query per batch.</summary>
public sealed class OwnerByIdLoader(DataLoaderScope scope, ReadDatabase database) : BatchDataLoader<Guid, TouchpointOwner>(scope)
{
    protected override Task<IReadOnlyDictionary<Guid, TouchpointOwner>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync<IReadOnlyDictionary<Guid, TouchpointOwner>>(async db =>
            await db.TouchpointOwners.Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken));
}
