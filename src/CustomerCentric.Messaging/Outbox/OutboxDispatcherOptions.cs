namespace CustomerCentric.Messaging.Outbox;

public sealed record OutboxDispatcherOptions
{
    /// <summary>Rows claimed and published per transaction.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>
    /// Batches in flight at once, each in its own transaction: while one waits for its confirms, another claims what was
    /// committed meanwhile.
    /// </summary>
    public int Concurrency { get; init; } = 2;

    /// <summary>How often the table is read when no announcement arrived (a lost wake-up costs at most this).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How far back a claim woken by an announcement looks (rows created since): far enough for a writer's transaction to
    /// commit what it enqueued. The rest (rows retried after a failure, reservations ended, a transaction slower than this,
    /// a writer whose clock lags) are claimed by the full claim each loop makes at least every <see cref="PollInterval"/>.
    /// </summary>
    public TimeSpan AnnouncedRowsWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one publish may wait for the broker's confirm before the row counts as failed.</summary>
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the rows a dispatcher claimed are left to it: longer than a publish may take (<see cref="PublishTimeout"/>).
    /// Rows a dispatcher stopped or crashed with before marking them sent are claimed again once it ends.
    /// </summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a row its writer publishes itself right after its commit is left to that writer (see
    /// <see cref="OutboxPublisher.Reserve"/>) before a dispatcher takes it over: longer than a publish may take.
    /// </summary>
    public TimeSpan WriterReservation { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long confirmed rows wait to be marked sent together (<see cref="OutboxSentMarks"/>), whether their writer or a
    /// dispatcher published them: far shorter than <see cref="WriterReservation"/> and <see cref="ClaimLease"/>.
    /// </summary>
    public TimeSpan SentMarkDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>First retry delay after a failure; it doubles with each failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The delay before retry number <paramref name="failures"/> (1 = after the first failure).</summary>
    public TimeSpan RetryDelay(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failures);
        var factor = Math.Pow(2, Math.Min(failures - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
    }
}
