using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>A complaint's history in the order it happened, one query per batch of keys.</summary>
public sealed class HistoryByComplaintLoader(DataLoaderScope scope, ReadDatabase database) : GroupedDataLoader<Guid, ComplaintHistoryEntry>(scope)
{
    protected override Task<ILookup<Guid, ComplaintHistoryEntry>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync(async db =>
            (await db.Set<ComplaintHistoryEntry>().Where(e => keys.Contains(e.ComplaintId)).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ComplaintId));
}
