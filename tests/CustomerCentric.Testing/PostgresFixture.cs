using CustomerCentric.Hosting.PostgreSql;

namespace CustomerCentric.Testing;

/// <summary>
/// One PostgreSQL server per test assembly: <c>[assembly: AssemblyFixture(typeof(PostgresFixture))]</c>. The connection
/// string (Npgsql format) names the database "customercentric"; give each test class its own with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture() : LocalServerFixture<PostgresServer>(new PostgresServer())
{
    /// <summary>Creates a fresh database named after <paramref name="prefix"/> plus a unique suffix.</summary>
    /// <returns>Its connection string.</returns>
    public Task<string> CreateDatabaseAsync(string prefix = "test", CancellationToken cancellationToken = default) =>
        Server.CreateDatabaseAsync($"{prefix}_{Guid.NewGuid():N}", cancellationToken);
}
