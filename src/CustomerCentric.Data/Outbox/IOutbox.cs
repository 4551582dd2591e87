namespace CustomerCentric.Data.Outbox;

/// <summary>Queues messages to publish once the current unit of work is saved.</summary>
public interface IOutbox
{
    /// <summary>
    /// Adds <paramref name="message"/> to the outbox of the current <see cref="CustomerCentricDbContext"/>: it is written
    /// by the next SaveChanges, in the same transaction as the other changes, and is discarded with them if that fails.
    /// </summary>
    OutboxMessage Enqueue<TMessage>(TMessage message, IReadOnlyDictionary<string, string>? headers = null)
        where TMessage : class;
}
