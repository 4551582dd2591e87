using CustomerCentric.Data.ApiKeys;
using CustomerCentric.Data.Audit;
using CustomerCentric.Data.Json;
using CustomerCentric.Data.Naming;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Provider;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Data;

public sealed class CustomerCentricDbContext(DbContextOptions<CustomerCentricDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<TouchpointOwner> TouchpointOwners => Set<TouchpointOwner>();
    public DbSet<Interaction> Interactions => Set<Interaction>();

    /// <summary>Complaints; their history entries are a child table loaded with <c>Include(c => c.History)</c>.</summary>
    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<RuleSetVersion> RuleSetVersions => Set<RuleSetVersion>();
    public DbSet<RuleSetDraft> RuleSetDrafts => Set<RuleSetDraft>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Who changed touchpoints, owners, rules, users and API keys in the admin, with before and after.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>GraphQL clients' API keys (hashed).</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

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
