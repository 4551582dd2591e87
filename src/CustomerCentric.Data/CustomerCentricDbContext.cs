using CustomerCentric.Data.Json;
using CustomerCentric.Data.Naming;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Provider;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Data;

public sealed class CustomerCentricDbContext(DbContextOptions<CustomerCentricDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are reordered or inserted.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomerCentricDbContext).Assembly);

        var provider = DatabaseProviders.ForEfProvider(Database.ProviderName);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.IsJsonDocument())
            {
                property.SetColumnType(provider.JsonColumnType);
            }
        }

        SnakeCaseNaming.Apply(modelBuilder.Model);
    }
}
