using System.Net;
using CustomerCentric.Testing;

namespace CustomerCentric.Hosting.Tests.PostgreSql;

public sealed class PostgresServerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Configured_database_exists_once_started()
    {
        var database = await postgres.Server.QueryAsync(postgres.Server.DatabaseName, "SELECT current_database()",
            TestContext.Current.CancellationToken);

        Assert.Equal("customercentric", database.Trim());
        Assert.Equal($"Host=127.0.0.1;Port={postgres.Server.Port};Database=customercentric;Username=postgres", postgres.ConnectionString);
    }

    [Fact]
    public async Task A_created_database_stores_and_returns_rows()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var connectionString = await postgres.CreateDatabaseAsync("rows", cancellationToken);
        var name = connectionString.Split(';').Single(part => part.StartsWith("Database=", StringComparison.Ordinal))["Database=".Length..];

        await postgres.Server.QueryAsync(name, "CREATE TABLE touchpoint (name text); INSERT INTO touchpoint VALUES ('Hotline'), ('Web shop')",
            cancellationToken);
        var rows = await postgres.Server.QueryAsync(name, "SELECT string_agg(name, ',' ORDER BY name) FROM touchpoint", cancellationToken);

        Assert.StartsWith("rows_", name);
        Assert.Equal("Hotline,Web shop", rows.Trim());
    }

    [Fact]
    public async Task Creating_an_existing_database_keeps_it()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await postgres.Server.CreateDatabaseAsync("kept", cancellationToken);
        await postgres.Server.QueryAsync("kept", "CREATE TABLE IF NOT EXISTS marker (id int); INSERT INTO marker VALUES (1)", cancellationToken);

        await postgres.Server.CreateDatabaseAsync("kept", cancellationToken);

        Assert.NotEqual("0", (await postgres.Server.QueryAsync("kept", "SELECT count(*) FROM marker", cancellationToken)).Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1starts_with_digit")]
    [InlineData("quote\"injection")]
    [InlineData("semi;colon")]
    public async Task Rejects_names_that_are_not_plain_identifiers(string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            postgres.Server.CreateDatabaseAsync(name, TestContext.Current.CancellationToken));

        Assert.Contains("not a valid database name", error.Message);
    }

    [Fact]
    public async Task Failing_sql_reports_the_server_error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            postgres.Server.QueryAsync("postgres", "SELECT * FROM no_such_table", TestContext.Current.CancellationToken));

        Assert.Contains("no_such_table", error.Message);
    }

    [Fact]
    public void Listens_on_loopback_only()
    {
        var endpoints = ProcessTable.ListeningEndpoints(
            ProcessTable.Supervised(postgres.Server.SupervisorProcessId, postgres.Server.ProcessId).Select(entry => entry.Pid));

        Assert.Equal([new IPEndPoint(IPAddress.Loopback, postgres.Server.Port)], endpoints);
    }
}
