using Xunit;

namespace CustomerCentric.Testing;

/// <summary>A fresh database for one test class, migrated to the latest schema before its first test.</summary>
public sealed class MigratedDatabase(PostgresFixture server) : FreshDatabase(server)
{
    public override async ValueTask InitializeAsync() => await MigrateAsync(TestContext.Current.CancellationToken);
}
