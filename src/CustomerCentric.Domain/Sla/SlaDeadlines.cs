namespace CustomerCentric.Domain.Sla;

public sealed record SlaDeadlines(DateTimeOffset AcknowledgeBy, DateTimeOffset ResolveBy);
