using System.Diagnostics.Metrics;
using CustomerCentric.Contracts.Complaints;
using Npgsql;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>
/// When each complaint counted as routed: its ComplaintRouted outbox row was confirmed by the broker (sent_at, set by the
/// worker's clock, which is this process's), which the worker does only after the assignment was committed.
/// Create it before the worker starts, on a database where nothing was routed yet: it also counts the routing commits
/// the worker reports in this process, to know when to look at the database.
/// </summary>
public sealed class RoutedLedger : IDisposable
{
    private static readonly string RoutedType = typeof(ComplaintRouted).FullName!;

    private readonly string _connectionString;
    private readonly MeterListener _listener = new();
    private long _routedInProcess;

    public RoutedLedger(string connectionString)
    {
        _connectionString = connectionString;
        // The worker's own counter of complaints routed (committed); read in memory, it costs the database nothing.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument is { Meter.Name: "CustomerCentric.Worker", Name: "customercentric.complaints.routed" })
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _routedInProcess, value));
        _listener.Start();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE message_type = $1 AND sent_at IS NOT NULL", connection);
        command.Parameters.AddWithValue(RoutedType);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Waits until <paramref name="count"/> complaints in all are routed.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        // The count scans the outbox: polled every 200 ms through a run it took about a quarter of a millisecond of
        // PostgreSQL's CPU per complaint at 200/s, inside the figures it was there to observe. So the database is read only
        // once the worker reports that many routing commits; their rows are marked sent a publish and a mark delay later.
        // When each complaint was routed comes from its row, not from this loop, so a later look changes no figure.
        while (Interlocked.Read(ref _routedInProcess) < count && DateTimeOffset.UtcNow <= deadline)
        {
            await Task.Delay(20, cancellationToken);
        }

        int routed;
        while ((routed = await CountAsync(cancellationToken)) < count)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {routed} of {count} complaints were routed within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>When each complaint's ComplaintRouted was confirmed.</summary>
    public async Task<Dictionary<Guid, DateTimeOffset>> RoutedAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT (payload->>'complaintId')::uuid, sent_at FROM outbox_messages WHERE message_type = $1 AND sent_at IS NOT NULL", connection);
        command.Parameters.AddWithValue(RoutedType);
        var routedAt = new Dictionary<Guid, DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            routedAt[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return routedAt;
    }

    /// <summary>
    /// Each complaint's way through the worker: when its ComplaintSubmitted was confirmed, when it was routed (the
    /// decision's time, taken inside the routing transaction), when its ComplaintRouted was confirmed.
    /// </summary>
    public async Task<Dictionary<Guid, (DateTimeOffset Submitted, DateTimeOffset Routed, DateTimeOffset Announced)>> StagesAsync(
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT c.id, s.sent_at, c.routed_at, r.sent_at
            FROM complaints c
            JOIN outbox_messages s ON s.message_type = $1 AND (s.payload->>'complaintId')::uuid = c.id AND s.sent_at IS NOT NULL
            JOIN outbox_messages r ON r.message_type = $2 AND (r.payload->>'complaintId')::uuid = c.id AND r.sent_at IS NOT NULL
            """, connection);
        command.Parameters.AddWithValue(typeof(ComplaintSubmitted).FullName!);
        command.Parameters.AddWithValue(RoutedType);
        var stages = new Dictionary<Guid, (DateTimeOffset, DateTimeOffset, DateTimeOffset)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stages[reader.GetGuid(0)] = (reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3));
        }

        return stages;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public void Dispose() => _listener.Dispose();
}
