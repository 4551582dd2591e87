using CustomerCentric.Data.Migrating;
using CustomerCentric.Data.Provider;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Identity;

/// <summary>Applies the Identity store's migrations under the same database-wide lock as the data layer's migrator.</summary>
public sealed class IdentityStoreMigrator(AdminIdentityDbContext db, ILogger<IdentityStoreMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The admin's Identity context has no connection string.");
        var provider = DatabaseProviders.ForEfProvider(db.Database.ProviderName);
        await using var migrationLock = await provider.AcquireMigrationLockAsync(connectionString, cancellationToken);
        await MigrationHistoryTable.EnsureCreatedAsync(db, cancellationToken);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} Identity store migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }
}
