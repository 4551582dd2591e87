using CustomerCentric.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Persistence;

/// <summary>
/// Reads with a DbContext of their own, without tracking. A GraphQL request resolves sibling fields and DataLoader batches
/// concurrently, and a DbContext serves one command at a time, so reads never share the request's context.
/// </summary>
public sealed class ReadDatabase(IServiceScopeFactory scopes)
{
    public async Task<T> QueryAsync<T>(Func<CustomerCentricDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }
}
