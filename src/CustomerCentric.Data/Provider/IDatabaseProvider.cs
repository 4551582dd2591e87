using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Data.Provider;

/// <summary>
/// Everything that differs between database engines. The rest of CustomerCentric.Data is provider-neutral,
/// so supporting another engine means one more implementation of this interface (plus its own migrations).
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>Points EF Core at the engine (the UseNpgsql / UseSqlServer call and its options).</summary>
    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>The EF Core provider name (<c>DatabaseFacade.ProviderName</c>) this implementation stands for.</summary>
    string EfProviderName { get; }

    /// <summary>The column type of properties stored as JSON documents.</summary>
    string JsonColumnType { get; }

    /// <summary>Creates the database named in the connection string when it does not exist; safe when two callers race.</summary>
    Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>
    /// Takes a lock, held until disposed, that only one migrator in the whole database can hold.
    /// The database must exist.
    /// </summary>
    Task<IAsyncDisposable> AcquireMigrationLockAsync(string connectionString, CancellationToken cancellationToken);
}
