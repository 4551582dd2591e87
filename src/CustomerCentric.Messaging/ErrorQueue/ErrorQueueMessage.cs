namespace CustomerCentric.Messaging.ErrorQueue;

/// <summary>A message MassTransit moved to an _error queue, with the fault it recorded in the headers.</summary>
/// <param name="Body">The body as text, its first <see cref="ErrorQueueClient.BodyPreviewBytes"/> bytes.</param>
public sealed record ErrorQueueMessage(
    string Queue, string? MessageId, string? MessageType, string? ExceptionType, string? FaultMessage, string? FaultedAt, int BodyBytes, string Body);
