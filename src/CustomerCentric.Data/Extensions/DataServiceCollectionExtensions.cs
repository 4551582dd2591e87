using CustomerCentric.Data.Migrating;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerCentric.Data.Extensions;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CustomerCentric database: the DbContext (scoped), <see cref="IOutbox"/> over that same context,
    /// the start-up <see cref="DatabaseMigrator"/>, and the local-run seeder.
    /// </summary>
    public static IServiceCollection AddCustomerCentricData(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("A connection string for the CustomerCentric database is required.", nameof(connectionString));
        }

        // The options are built once, not for every scope: building them parses the connection string and applies every
        // provider setting again, work a service repeats for each message or request otherwise.
        services.AddDbContext<CustomerCentricDbContext>(
            options => options.UseCustomerCentricDatabase(connectionString), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IOutbox, DbContextOutbox>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DatabaseSeeder>();
        return services;
    }
}
