using CustomerCentric.Data.Provider;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Data.Migrating;

/// <summary>
/// Brings the database to the latest migration at start-up. Safe to call from several starting processes at once:
/// they queue on the provider's migration lock and the later ones find nothing left to apply.
/// </summary>
public sealed class DatabaseMigrator(CustomerCentricDbContext db, ILogger<DatabaseMigrator> logger)
{
    /// <returns>The ids of the migrations this call applied (empty when the database was up to date).</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The CustomerCentric DbContext has no connection string.");
        var provider = DatabaseProviders.ForEfProvider(db.Database.ProviderName);

        await provider.EnsureDatabaseExistsAsync(connectionString, cancellationToken);

        // EF 9+ takes a migration lock of its own, but Npgsql's is LOCK TABLE on __EFMigrationsHistory: it is taken only
        // after the history table was created (CREATE TABLE IF NOT EXISTS races between two starters on a fresh
        // database) and is released with each migration's transaction, so with several pending migrations a second
        // migrator can slip in between two of them. The provider's lock is held across the whole run.
        await using var migrationLock = await provider.AcquireMigrationLockAsync(connectionString, cancellationToken);
        await MigrationHistoryTable.EnsureCreatedAsync(db, cancellationToken);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
            return [];
        }

        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
