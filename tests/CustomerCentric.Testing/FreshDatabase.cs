using CustomerCentric.Data;
using CustomerCentric.Data.Migrating;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace CustomerCentric.Testing;

/// <summary>
/// A database of its own for one test class (a class fixture), dropped afterwards. It does not exist until something
/// creates it: the migrator does, or <see cref="MigratedDatabase"/> migrates it before the first test.
/// </summary>
public class FreshDatabase : IAsyncLifetime
{
    public FreshDatabase(PostgresFixture server)
        : this(server, "cc_test")
    {
    }

    /// <summary>For a subclass that names its databases (protected: a class fixture has one public constructor only).</summary>
    /// <param name="server">The test assembly's PostgreSQL.</param>
    /// <param name="prefix">The start of the database's name (the rest is unique), telling whose database it is.</param>
    protected FreshDatabase(PostgresFixture server, string prefix)
    {
        ArgumentNullException.ThrowIfNull(server);
        Name = $"{prefix}_{Guid.NewGuid():N}";
        ConnectionString = server.Server.ConnectionStringFor(Name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public CustomerCentricDbContext CreateContext()
        => new(new DbContextOptionsBuilder<CustomerCentricDbContext>().UseCustomerCentricDatabase(ConnectionString).Options);

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        return await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);
    }

    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <returns>The rows affected.</returns>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var maintenance = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        GC.SuppressFinalize(this);
    }
}
