using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Data.ApiKeys;

public static class ApiKeyQueries
{
    /// <summary>The active (not revoked) key matching a presented secret, or null: how the API authenticates a client.</summary>
    public static Task<ApiKey?> FindActiveAsync(this IQueryable<ApiKey> keys, string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var hash = ApiKey.ComputeHash(presented);
        return keys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
    }
}
