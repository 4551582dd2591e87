using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>Complaints by id, one query per batch.</summary>
public sealed class ComplaintByIdLoader(DataLoaderScope scope, ReadDatabase database) : BatchDataLoader<Guid, Complaint>(scope)
{
    protected override Task<IReadOnlyDictionary<Guid, Complaint>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync<IReadOnlyDictionary<Guid, Complaint>>(async db =>
            await db.Complaints.Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken));
}
