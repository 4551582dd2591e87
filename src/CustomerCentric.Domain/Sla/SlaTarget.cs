namespace CustomerCentric.Domain.Sla;

/// <summary>How long an owner has to acknowledge and to resolve a complaint of one severity.</summary>
public sealed record SlaTarget(TimeSpan AcknowledgeWithin, TimeSpan ResolveWithin);
