namespace CustomerCentric.Messaging.Outbox;

/// <summary>An outbox row names a type that is not a message contract of this application.</summary>
public sealed class UnknownOutboxMessageTypeException(string messageType)
    : Exception($"Outbox message type '{messageType}' is not a known message contract; the row stays unsent.")
{
    public string MessageType { get; } = messageType;
}
