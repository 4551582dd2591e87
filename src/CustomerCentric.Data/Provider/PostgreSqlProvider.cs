using System.Runtime.CompilerServices;
using CustomerCentric.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace CustomerCentric.Data.Provider;

/// <summary>PostgreSQL (Npgsql): the only engine this machine can run; all PostgreSQL-specific code lives here.</summary>
public sealed class PostgreSqlProvider : IDatabaseProvider
{
    public static PostgreSqlProvider Instance { get; } = new();

    // An arbitrary but fixed advisory lock key ("CCMIGRAT" in ASCII) shared by every migrator of this application.
    private const long MigrationLockKey = 0x43434D4947524154;

    // CREATE DATABASE of a name that exists fails with 42P04; when two run at the very same time, the loser may instead
    // hit the unique index of pg_database itself (23505).
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";

    // NOTIFY is delivered when the notifying transaction commits, and never when it rolls back: exactly when to wake up.
    private const string OutboxChannel = "customercentric_outbox";

    /// <summary>
    /// The announcement of outbox rows a dispatcher may claim at once (not those reserved for their writer), made by the
    /// database itself: a trigger notifies inside the inserting transaction. A separate NOTIFY after the save cost each
    /// writer a round trip, and a transaction of its own with a flush to disk (NOTIFY needs a transaction id). Identical
    /// notifications of one transaction are delivered once.
    /// </summary>
    internal const string CreateOutboxAnnouncement = $"""
        CREATE FUNCTION outbox_messages_announce() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{OutboxChannel}', '');
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER outbox_messages_announce AFTER INSERT ON outbox_messages
            FOR EACH ROW WHEN (NEW.available_at IS NULL OR NEW.available_at <= now())
            EXECUTE FUNCTION outbox_messages_announce();
        """;

    private const string RecentRowsOnly = "/* recent rows only */";

    // {0}: lease until, {1}: now, {2}: batch size.
    private const string ClaimOutboxMessages = $$"""
        BEGIN;
        SET LOCAL enable_bitmapscan = off;
        SET LOCAL synchronous_commit = off;
        UPDATE outbox_messages AS o SET available_at = {0}
        FROM (SELECT id FROM outbox_messages
              WHERE sent_at IS NULL AND (available_at IS NULL OR available_at <= {1}) {{RecentRowsOnly}}
              ORDER BY created_at
              LIMIT {2}
              FOR UPDATE SKIP LOCKED) AS claimed
        WHERE o.id = claimed.id
        RETURNING o.*;
        COMMIT
        """;

    internal const string DropOutboxAnnouncement = """
        DROP TRIGGER outbox_messages_announce ON outbox_messages;
        DROP FUNCTION outbox_messages_announce();
        """;

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options.UseNpgsql(WithServiceDefaults(connectionString), npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlProvider).Assembly.FullName));
    }

    // A connection string that says otherwise wins over both defaults.
    private static string WithServiceDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The services repeat a few dozen statements; prepared once per connection, PostgreSQL stops parsing and planning them on
        // every use (the worker's burst: 775 -> 470 us of PostgreSQL CPU per complaint). Migrations run before the services
        // start, so a prepared statement does not outlive the schema it was planned for.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        // By default a connection going back to the pool has its session reset (RESET ALL, UNLISTEN *, advisory unlocks,
        // DISCARD TEMP) with the next use: a statement of its own that cost PostgreSQL about half a millisecond per routed
        // complaint at 200/s. These contexts leave nothing in the session to reset: settings are SET LOCAL, and LISTEN and
        // advisory locks use unpooled connections of their own.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public void Configure(DbContextOptionsBuilder options, string connectionString, string migrationsAssembly, string migrationsHistoryTable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(migrationsAssembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(migrationsHistoryTable);
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly).MigrationsHistoryTable(migrationsHistoryTable));
    }

    public string EfProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";

    // jsonb rather than json: parsed once on write, indexable, and comparable with = (json is not).
    public string JsonColumnType => "jsonb";

    public async Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };

        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        if (await DatabaseExistsAsync(connection, database, cancellationToken))
        {
            return;
        }

        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another starter created it between our check and our CREATE: that is the outcome we wanted.
            if (!await DatabaseExistsAsync(connection, database, cancellationToken))
            {
                throw;
            }
        }
    }

    private static async Task<bool> DatabaseExistsAsync(NpgsqlConnection connection, string database, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        return await exists.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IAsyncDisposable> AcquireMigrationLockAsync(string connectionString, CancellationToken cancellationToken)
    {
        // A session-level advisory lock on its own connection: it spans the history table's creation and every
        // migration, unlike EF's LOCK TABLE, which is retaken per migration transaction (see DatabaseMigrator).
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task UpdateStatisticsAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        // Autovacuum analyzes a new database's tables only a minute or more after they filled. Until then a column has no
        // statistics and the planner assumes 200 distinct values in it: each complaint would have hundreds of history entries,
        // so routing a few complaints read the whole history table (a hash join) instead of their own entries.
        await database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimUnsentOutboxMessagesAsync(
        CustomerCentricDbContext db, DateTimeOffset now, DateTimeOffset leaseUntil, int batchSize, DateTimeOffset? createdSince,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseUntil, now);
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Outbox messages are leased outside a transaction: the lease is committed at once.");
        }

        // The transaction and its settings go in the same round trip as the statement, so a claim costs one round trip.
        // enable_bitmapscan off: walk the partial index of unsent rows in order, stopping after batchSize; such a scan also
        // marks the entries of rows sent since the last vacuum dead as it passes them. With stale statistics (a new table,
        // or one analyzed during a backlog) the planner prefers a bitmap scan, which reads every entry, dead or not, on every
        // claim: tens of thousands per claim in a busy queue, the database's largest cost.
        // Even dead, those entries stay in the index until a vacuum and each claim walks past them from the oldest: at a
        // steady 200 complaints/s that came to about 230 us of PostgreSQL's time per complaint. A claim of recent rows
        // (createdSince) starts where they are. A separate statement, not an optional condition, so each keeps its plan.
        // synchronous_commit off: see the summary; an fsync costs this machine's virtual disk about 0.4 ms of CPU.
        var sql = createdSince is null ? ClaimOutboxMessages : ClaimOutboxMessages.Replace(RecentRowsOnly, "AND created_at >= {3}", StringComparison.Ordinal);
        object[] parameters = createdSince is { } since ? [leaseUntil, now, batchSize, since] : [leaseUntil, now, batchSize];
        return await db.OutboxMessages.FromSql(FormattableStringFactory.Create(sql, parameters)).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<int> MarkOutboxMessagesSentAsync(
        CustomerCentricDbContext db, IReadOnlyCollection<OutboxSentMark> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(marks);
        var ids = marks.Select(m => m.Id).ToArray();
        var sentAt = marks.Select(m => m.SentAt).ToArray();
        // synchronous_commit off: the commit returns before its WAL is flushed (the WAL writer flushes it within a fraction
        // of a second); an fsync costs this machine's virtual disk about 0.4 ms of CPU. Only this transaction is affected.
        // By id alone: "and still unsent" would let the planner pick the partial index of unsent rows, which holds an entry
        // for every row sent since the last vacuum. A row both its writer and a dispatcher published is simply marked twice.
        // One round trip, with the transaction's own BEGIN and COMMIT when there is no current one.
        const string Mark = """
            SET LOCAL synchronous_commit = off;
            UPDATE outbox_messages AS o SET sent_at = m.sent_at, attempts = o.attempts + 1, last_error = NULL
            FROM unnest({0}, {1}) AS m(id, sent_at)
            WHERE o.id = m.id
            """;
        var sql = db.Database.CurrentTransaction is null ? $"BEGIN; {Mark}; COMMIT" : Mark;
        return await db.Database.ExecuteSqlRawAsync(sql, [ids, sentAt], cancellationToken);
    }

    public async Task<IOutboxAnnouncements> ListenForOutboxAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Unpooled: LISTEN belongs to the session, and a pooled connection would carry it to the next user.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var listen = new NpgsqlCommand($"LISTEN {OutboxChannel}", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
            return new OutboxListener(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<Guid>> ClaimOverdueComplaintIdsAsync(
        CustomerCentricDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        // The partial index ix_complaints_unacknowledged_acknowledge_by serves this predicate. The Chief Touchpoint Officer
        // is the last level: complaints already with them have nowhere to go and would be claimed on every sweep.
        return await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM complaints
            WHERE status = 'Routed' AND acknowledge_by <= {now}
              AND escalation_level < 2
              AND NOT EXISTS (SELECT 1 FROM touchpoint_owners o WHERE o.id = complaints.assignee_id AND o.is_chief_touchpoint_officer)
            ORDER BY acknowledge_by
            LIMIT {batchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
    }

    private sealed class OutboxListener(NpgsqlConnection connection) : IOutboxAnnouncements
    {
        public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            // Npgsql reads a zero timeout as "forever": never pass one.
            var wait = timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1);
            return await connection.WaitAsync(wait, cancellationToken);
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Closing the unpooled connection ends the session, which releases the lock even if the unlock fails.
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", MigrationLockKey);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
