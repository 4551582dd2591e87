namespace CustomerCentric.Messaging.Outbox;

/// <summary>
/// Whether the dispatcher's publishes are being confirmed: the moment they began to fail, or null while they succeed.
/// The <see cref="Health.BusStallWatchdog"/> reads it, since a publish that hangs leaves the bus looking healthy.
/// </summary>
public sealed class OutboxPublishHealth
{
    private long _failingSinceTicks;

    public DateTimeOffset? FailingSince =>
        Interlocked.Read(ref _failingSinceTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>At least one publish was confirmed.</summary>
    public void Confirmed() => Interlocked.Exchange(ref _failingSinceTicks, 0);

    /// <summary>A whole batch failed (kept from the first failure on, until a confirm).</summary>
    public void Failed(DateTimeOffset at) => Interlocked.CompareExchange(ref _failingSinceTicks, at.UtcTicks, 0);
}
