using CustomerCentric.Data.Extensions;
using CustomerCentric.Data.Migrating;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Data.Tests.Extensions;

public sealed class DataServiceCollectionExtensionsTests
{
    private sealed record Ping(int Number);

    [Fact]
    public void Registers_the_context_the_outbox_on_that_context_the_migrator_and_the_seeder()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddCustomerCentricData("Host=127.0.0.1;Database=customercentric").BuildServiceProvider();
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>();
        scope.ServiceProvider.GetRequiredService<IOutbox>().Enqueue(new Ping(1));

        // The outbox must write into the same unit of work as the caller's changes.
        var message = Assert.Single(db.ChangeTracker.Entries<OutboxMessage>());
        Assert.Equal(EntityState.Added, message.State);
        Assert.Equal(typeof(Ping).FullName, message.Entity.MessageType);
        Assert.Equal("customercentric", db.Database.GetDbConnection().Database);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<DatabaseMigrator>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<DatabaseSeeder>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_connection_string_is_refused_at_registration(string connectionString)
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCustomerCentricData(connectionString));

        Assert.Contains("connection string", error.Message);
    }
}
