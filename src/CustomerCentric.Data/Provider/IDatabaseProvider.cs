using CustomerCentric.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CustomerCentric.Data.Provider;

/// <summary>
/// Everything that differs between database engines. The rest of CustomerCentric.Data is provider-neutral,
/// so supporting another engine means one more implementation of this interface (plus its own migrations).
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>Points EF Core at the engine (the UseNpgsql / UseSqlServer call and its options).</summary>
    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>
    /// Points EF Core at the engine for another context that shares the database (the admin's Identity store): its
    /// migrations live in <paramref name="migrationsAssembly"/> and are recorded in a history table of their own.
    /// </summary>
    void Configure(DbContextOptionsBuilder options, string connectionString, string migrationsAssembly, string migrationsHistoryTable);

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

    /// <summary>
    /// Has the engine gather its query planner's statistics on every table now rather than whenever its background work
    /// next does: after a bulk load, so plans fit the data from the first query on.
    /// </summary>
    Task UpdateStatisticsAsync(DatabaseFacade database, CancellationToken cancellationToken);

    /// <summary>
    /// Leases the oldest unsent outbox messages available at <paramref name="now"/> (see <see cref="OutboxMessage.AvailableAt"/>),
    /// at most <paramref name="batchSize"/>: sets their AvailableAt to <paramref name="leaseUntil"/>, so no dispatcher claims
    /// them again before then, in one statement with a commit of its own. Rows another dispatcher is claiming at that moment
    /// are skipped, not waited for. The commit need not wait until it is on disk: a lease lost in a crash only makes its
    /// rows claimable at once again. Outside a transaction; the rows come untracked.
    /// </summary>
    /// <param name="createdSince">
    /// Only rows created at or after it (null: all): a claim of the rows just announced that need not pass the entries of
    /// every row sent since the table's last vacuum on its way to them.
    /// </param>
    Task<IReadOnlyList<OutboxMessage>> ClaimUnsentOutboxMessagesAsync(
        CustomerCentricDbContext db, DateTimeOffset now, DateTimeOffset leaseUntil, int batchSize, DateTimeOffset? createdSince,
        CancellationToken cancellationToken);

    /// <summary>
    /// Marks outbox messages the broker confirmed as sent when it confirmed each (one more attempt each), in one statement,
    /// in the current transaction or, without one, in a transaction of its own. The commit that records the marks need not
    /// wait until it is on disk: marks lost in a crash of the database only have those messages sent again, with the same
    /// MessageId, which delivery at least once allows anyway; a flush to disk per mark is what it would cost otherwise.
    /// </summary>
    /// <returns>How many rows were marked.</returns>
    Task<int> MarkOutboxMessagesSentAsync(CustomerCentricDbContext db, IReadOnlyCollection<OutboxSentMark> marks, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a listener, on its own connection, for the database's announcements that outbox messages wait: the schema
    /// announces every committed row a dispatcher may claim at once (not rows reserved for their writer), whoever wrote it.
    /// </summary>
    Task<IOutboxAnnouncements> ListenForOutboxAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>
    /// Ids of complaints still Routed (unacknowledged) whose acknowledge deadline is at or before <paramref name="now"/> and
    /// that are not yet with the Chief Touchpoint Officer (the last level), oldest deadline first, locked until the current transaction ends; rows another sweeper holds are skipped.
    /// </summary>
    Task<IReadOnlyList<Guid>> ClaimOverdueComplaintIdsAsync(
        CustomerCentricDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken);
}
