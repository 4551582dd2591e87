namespace CustomerCentric.Data.Outbox;

/// <summary>
/// A message waiting to be published, written in the same transaction as the change it announces
/// (the transactional outbox). A dispatcher claims unsent rows in batches with FOR UPDATE SKIP LOCKED,
/// publishes them and sets <see cref="SentAt"/>.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxMessageTypeLength = 500;

    private OutboxMessage()
    {
        MessageType = null!;
        Payload = null!;
    }

    public OutboxMessage(Guid id, string messageType, string payload, IReadOnlyDictionary<string, string> headers, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageType);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        ArgumentNullException.ThrowIfNull(headers);
        if (messageType.Length > MaxMessageTypeLength)
        {
            throw new ArgumentException($"A message type name is at most {MaxMessageTypeLength} characters.", nameof(messageType));
        }

        Id = id;
        MessageType = messageType;
        Payload = payload;
        Headers = new Dictionary<string, string>(headers);
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The message contract's full type name, which the dispatcher maps back to a type.</summary>
    public string MessageType { get; private set; }

    /// <summary>The message as JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>Transport headers to publish with the message (e.g. correlation id).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private set; } = new Dictionary<string, string>();

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>
    /// When a dispatcher may claim the row; null: at once. Later while its writer holds it (<see cref="ReserveForWriter"/>),
    /// while a dispatcher's lease on it lasts, and until its retry time after a failed attempt.
    /// </summary>
    public DateTimeOffset? AvailableAt { get; private set; }

    /// <summary>How many times the dispatcher tried to publish the message.</summary>
    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// Keeps dispatchers away from the row until <paramref name="until"/>: its writer publishes it itself right after its
    /// commit, and a dispatcher takes it over only when the writer did not get that far (a crash, the broker away).
    /// Only before the row is written: the database announces to dispatchers only the rows they may claim at once.
    /// </summary>
    public void ReserveForWriter(DateTimeOffset until)
    {
        if (SentAt is not null)
        {
            throw new InvalidOperationException($"Outbox message {Id} was already sent at {SentAt:O}.");
        }

        AvailableAt = until;
    }

    public void MarkSent(DateTimeOffset at)
    {
        if (SentAt is not null)
        {
            throw new InvalidOperationException($"Outbox message {Id} was already sent at {SentAt:O}.");
        }

        Attempts++;
        SentAt = at;
        LastError = null;
    }

    /// <param name="retryAt">When a dispatcher may try again (see <see cref="AvailableAt"/>); null: at once.</param>
    public void RecordFailedAttempt(string error, DateTimeOffset? retryAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        Attempts++;
        LastError = error;
        AvailableAt = retryAt;
    }
}
