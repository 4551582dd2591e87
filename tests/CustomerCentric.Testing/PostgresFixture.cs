using CustomerCentric.Hosting.PostgreSql;
using Xunit;

namespace CustomerCentric.Testing;

/// <summary>
/// One PostgreSQL server per test assembly: <c>[assembly: AssemblyFixture(typeof(PostgresFixture))]</c>, then take it
/// in a test class constructor. Give each test class its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; } = new();

    /// <summary>Connection string (Npgsql format) of the server's default database.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <summary>Creates a fresh database (named after <paramref name="prefix"/> plus a unique suffix).</summary>
    /// <returns>Its connection string.</returns>
    public Task<string> CreateDatabaseAsync(string prefix = "test", CancellationToken cancellationToken = default) =>
        Server.CreateDatabaseAsync($"{prefix}_{Guid.NewGuid():N}", cancellationToken);

    public async ValueTask InitializeAsync() => await Server.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
