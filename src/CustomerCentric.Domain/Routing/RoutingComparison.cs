namespace CustomerCentric.Domain.Routing;

/// <summary>How one complaint is routed by two rule set versions.</summary>
public sealed record RoutingComparison(Guid ComplaintId, RoutingDecision Before, RoutingDecision After)
{
    public bool OwnerChanged => Before.OwnerId != After.OwnerId;

    /// <summary>Same owner, but by another rule or fallback (worth showing: the reason changed).</summary>
    public bool ReasonChanged => Before.Outcome != After.Outcome || Before.MatchedRuleId != After.MatchedRuleId;
}
