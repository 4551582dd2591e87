using CustomerCentric.Api.Persistence;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.DataLoaders;

/// <summary>A customer's complaints, newest first, one query per batch of keys.</summary>
public sealed class ComplaintsByCustomerLoader(DataLoaderScope scope, ReadDatabase database) : GroupedDataLoader<Guid, Complaint>(scope)
{
    protected override Task<ILookup<Guid, Complaint>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        database.QueryAsync(async db =>
            (await db.Complaints.Where(e => keys.Contains(e.CustomerId)).OrderByDescending(e => e.SubmittedAt).ThenByDescending(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.CustomerId));
}
