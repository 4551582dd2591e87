using CustomerCentric.Data.Json;

namespace CustomerCentric.Data.Outbox;

/// <summary>The outbox of one <see cref="CustomerCentricDbContext"/>: messages become rows tracked by that context.</summary>
public sealed class DbContextOutbox(CustomerCentricDbContext db, TimeProvider time) : IOutbox
{
    public OutboxMessage Enqueue<TMessage>(TMessage message, IReadOnlyDictionary<string, string>? headers = null)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);

        // The runtime type, not TMessage: a message passed as a base type or interface is still published as what it is.
        var type = message.GetType();
        var row = new OutboxMessage(
            Guid.CreateVersion7(),
            type.FullName ?? throw new ArgumentException($"Message type {type} has no full name.", nameof(message)),
            StoredJson.Serialize<object>(message),
            headers ?? new Dictionary<string, string>(),
            time.GetUtcNow());
        db.OutboxMessages.Add(row);
        return row;
    }
}
