using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>Touchpoints by id, one query per batch.</summary>
public sealed class TouchpointByIdLoader(DataLoaderScope scope, ReadDatabase database) : BatchDataLoader<Guid, Touchpoint>(scope)
{
    protected override Task<IReadOnlyDictionary<Guid, Touchpoint>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync<IReadOnlyDictionary<Guid, Touchpoint>>(async db =>
            await db.Touchpoints.Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken));
}
