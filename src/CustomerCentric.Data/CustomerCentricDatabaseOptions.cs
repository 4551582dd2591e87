using CustomerCentric.Data.Provider;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerCentric.Data;

public static class CustomerCentricDatabaseOptions
{
    /// <summary>Configures a context for the CustomerCentric database on <paramref name="provider"/> (default PostgreSQL).</summary>
    public static DbContextOptionsBuilder<CustomerCentricDbContext> UseCustomerCentricDatabase(
        this DbContextOptionsBuilder<CustomerCentricDbContext> options, string connectionString, IDatabaseProvider? provider = null)
    {
        ((DbContextOptionsBuilder)options).UseCustomerCentricDatabase(connectionString, provider);
        return options;
    }

    /// <inheritdoc cref="UseCustomerCentricDatabase(DbContextOptionsBuilder{CustomerCentricDbContext}, string, IDatabaseProvider?)"/>
    public static DbContextOptionsBuilder UseCustomerCentricDatabase(
        this DbContextOptionsBuilder options, string connectionString, IDatabaseProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("A connection string for the CustomerCentric database is required.", nameof(connectionString));
        }

        (provider ?? PostgreSqlProvider.Instance).Configure(options, connectionString);

        // Our migrations are written by hand and have no ModelSnapshot (the EF design tools cannot run here). Without
        // a snapshot EF 9+ compares the model with nothing, always reports PendingModelChangesWarning and, by default,
        // refuses to migrate. The warning would say nothing true, so it is ignored; drift between the model and the
        // migrations is caught instead by the test that compares the model with a freshly migrated database.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }

    /// <summary>
    /// Configures another context that shares the CustomerCentric database (the admin's Identity store): its hand-written
    /// migrations live in <paramref name="migrationsAssembly"/> and are recorded in <paramref name="migrationsHistoryTable"/>.
    /// </summary>
    public static DbContextOptionsBuilder UseSharedCustomerCentricDatabase(
        this DbContextOptionsBuilder options, string connectionString, string migrationsAssembly, string migrationsHistoryTable,
        IDatabaseProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("A connection string for the CustomerCentric database is required.", nameof(connectionString));
        }

        (provider ?? PostgreSqlProvider.Instance).Configure(options, connectionString, migrationsAssembly, migrationsHistoryTable);
        // Hand-written migrations without a snapshot, as above.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }
}
