using CustomerCentric.Data.Migrating;
using CustomerCentric.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CustomerCentric.Data.Tests.Databases;

/// <summary>
/// A database of its own for one test class (a class fixture), dropped afterwards. It does not exist until something
/// creates it: the migrator does, or <see cref="MigratedDatabase"/> migrates it before the first test.
/// </summary>
public class FreshDatabase : IAsyncLifetime
{
    public FreshDatabase(PostgresFixture server)
    {
        Name = $"cc_test_{Guid.NewGuid():N}";
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
