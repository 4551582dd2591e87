namespace CustomerCentric.Data.Outbox;

/// <summary>
/// A listener for "outbox messages were committed", so a dispatcher wakes up at once instead of at its next poll.
/// A hint, not a queue: the dispatcher still reads the table, and still polls in case a wake-up was lost.
/// </summary>
public interface IOutboxAnnouncements : IAsyncDisposable
{
    /// <summary>Waits until an announcement arrives (true) or <paramref name="timeout"/> passes (false).</summary>
    /// <exception cref="Exception">The listener's connection failed; open a new listener.</exception>
    Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
