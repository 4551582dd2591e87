using CustomerCentric.Data.Provider;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Data.Seeding;

/// <summary>
/// Fills an empty database with realistic data for local runs: a company with 12 touchpoints, 8 owners with deputies
/// and a Chief Touchpoint Officer, a published rule set of 10 rules, 200 customers with interactions and complaints.
/// </summary>
public sealed class DatabaseSeeder(CustomerCentricDbContext db, TimeProvider time, ILogger<DatabaseSeeder> logger)
{
    /// <summary>Seeds the database unless it already holds data. Safe when several starters call it at once.</summary>
    /// <returns>Whether this call seeded the database.</returns>
    public async Task<bool> EnsureSeededAsync(CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The CustomerCentric DbContext has no connection string.");

        // The migration lock also serialises seeding: two starters must not both find the database empty.
        var provider = DatabaseProviders.ForEfProvider(db.Database.ProviderName);
        await using var seedLock = await provider.AcquireMigrationLockAsync(connectionString, cancellationToken);

        if (await db.TouchpointOwners.AnyAsync(cancellationToken)
            || await db.Customers.AnyAsync(cancellationToken)
            || await db.RuleSetVersions.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Database already holds data; seeding skipped");
            return false;
        }

        var world = SeedWorld.Build(time.GetUtcNow());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.TouchpointOwners.AddRange(world.Owners);
        await db.SaveChangesAsync(cancellationToken);

        world.AssignDeputies();
        db.Touchpoints.AddRange(world.Touchpoints);
        db.RuleSetVersions.Add(world.Version);
        db.RuleSetDrafts.Add(world.Draft);
        db.Customers.AddRange(world.Customers);
        db.Interactions.AddRange(world.Interactions);
        db.Complaints.AddRange(world.Complaints);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Statistics from the seed describe the tables' shape (a few history entries per complaint, and so on) from the
        // first query on, and keep describing it as they grow; the engine's own would come only after a minute or more.
        await provider.UpdateStatisticsAsync(db.Database, cancellationToken);

        logger.LogInformation(
            "Seeded {Customers} customers, {Interactions} interactions and {Complaints} complaints",
            world.Customers.Count, world.Interactions.Count, world.Complaints.Count);
        return true;
    }
}
