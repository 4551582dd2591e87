using CustomerCentric.Data.Migrating;
using CustomerCentric.Data.Provider;
using CustomerCentric.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CustomerCentric.Data.Tests.Migrating;

public sealed class DatabaseMigratorTests(PostgresFixture server)
{
    // Every migration, in order: a fresh database gets all of them.
    private static readonly string[] All = ["20261122000001_Initial", "20261201000001_AuditAndApiKeys", "20261202000001_RuleSetDraftVersion", "20261203000001_OutboxAvailableAt", "20261204000001_OutboxAnnouncedOnInsert"];

    [Fact]
    public async Task Creates_the_database_and_applies_every_migration_then_finds_nothing_left_to_apply()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new FreshDatabase(server);

        var first = await database.MigrateAsync(ct);
        var second = await database.MigrateAsync(ct);

        Assert.Equal(All, first);
        Assert.Empty(second);
        Assert.Equal(All, await AppliedMigrationsAsync(database, ct));
    }

    [Fact]
    public async Task A_first_migration_on_a_fresh_database_logs_no_errors()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new FreshDatabase(server);
        using var log = new RecordingLoggerProvider();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        await using var db = new CustomerCentricDbContext(new DbContextOptionsBuilder<CustomerCentricDbContext>()
            .UseCustomerCentricDatabase(database.ConnectionString).UseLoggerFactory(loggers).Options);

        Assert.Equal(All, await new DatabaseMigrator(db, loggers.CreateLogger<DatabaseMigrator>()).MigrateAsync(ct));

        // The history table's absence is expected on a first start, not an error an operator should chase.
        Assert.Contains(log.Entries, entry => entry.Category == typeof(DatabaseMigrator).FullName);
        Assert.Empty(log.Entries.Where(entry => entry.Level >= LogLevel.Error).Select(entry => $"{entry.Category}: {entry.Message}"));
    }

    [Fact]
    public async Task Two_migrators_starting_at_once_on_a_fresh_database_apply_each_migration_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new FreshDatabase(server);

        var results = await Task.WhenAll(
            Task.Run(() => database.MigrateAsync(ct), ct),
            Task.Run(() => database.MigrateAsync(ct), ct),
            Task.Run(() => database.MigrateAsync(ct), ct));

        // Exactly one of them did the work; the others waited for the lock and then found the schema current.
        Assert.Equal(All, results.SelectMany(applied => applied));
        Assert.Equal(All, await AppliedMigrationsAsync(database, ct));
    }

    [Fact]
    public async Task A_migrator_waits_while_another_holds_the_migration_lock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = new FreshDatabase(server);
        await PostgreSqlProvider.Instance.EnsureDatabaseExistsAsync(database.ConnectionString, ct);

        var held = await PostgreSqlProvider.Instance.AcquireMigrationLockAsync(database.ConnectionString, ct);
        var migration = Task.Run(() => database.MigrateAsync(ct), ct);
        var finishedWhileLocked = await Task.WhenAny(migration, Task.Delay(TimeSpan.FromMilliseconds(750), ct)) == migration;
        Assert.Empty(await AppliedMigrationsOrNoneAsync(database, ct));
        await held.DisposeAsync();

        Assert.False(finishedWhileLocked, "The migrator ran while another process held the migration lock.");
        Assert.Equal(All, await migration.WaitAsync(TimeSpan.FromSeconds(30), ct));
    }

    private static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(FreshDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
    }

    private static async Task<IReadOnlyList<string>> AppliedMigrationsOrNoneAsync(FreshDatabase database, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL", connection);
        return await command.ExecuteScalarAsync(ct) is true ? await AppliedMigrationsAsync(database, ct) : [];
    }
}
