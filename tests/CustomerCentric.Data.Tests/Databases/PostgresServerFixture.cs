namespace CustomerCentric.Data.Tests.Databases;

/// <summary>
/// The PostgreSQL server the tests use. TEMPORARY: reads CC_DATA_TEST_POSTGRES until the launcher's PostgresFixture
/// (CustomerCentric.Testing) exists; then this becomes a thin wrapper around it.
/// </summary>
public sealed class PostgresServerFixture
{
    public string ServerConnectionString { get; } = Environment.GetEnvironmentVariable("CC_DATA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("Set CC_DATA_TEST_POSTGRES to a PostgreSQL server connection string.");
}
