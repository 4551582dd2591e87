namespace CustomerCentric.Domain.Routing;

/// <summary>One complaint to route in a batch: its id (for the caller's bookkeeping), what the rules see, and its fallbacks.</summary>
public readonly record struct RoutingCase(Guid ComplaintId, RoutingInput Input, RoutingFallbacks Fallbacks);
