namespace CustomerCentric.Worker.ErrorQueue;

/// <summary>A message MassTransit moved to an _error queue, with the fault it recorded in the headers.</summary>
public sealed record ErrorQueueMessage(
    string Queue, string? MessageId, string? MessageType, string? ExceptionType, string? FaultMessage, string? FaultedAt, int BodyBytes);
