namespace CustomerCentric.Data.Outbox;

/// <summary>The broker confirmed outbox message <paramref name="Id"/> at <paramref name="SentAt"/>.</summary>
public readonly record struct OutboxSentMark(Guid Id, DateTimeOffset SentAt);
