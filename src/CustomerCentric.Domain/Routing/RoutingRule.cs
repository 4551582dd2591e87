namespace CustomerCentric.Domain.Routing;

/// <summary>
/// "When a complaint matches these conditions, it goes to this owner." Rules are tried in order; the first match wins.
/// Plain serializable data: <see cref="RoutingRuleValidator"/> says whether it makes sense.
/// </summary>
public sealed record RoutingRule(
    Guid Id,
    string Name,
    bool Enabled,
    ConditionMatch Match,
    IReadOnlyList<RuleCondition> Conditions,
    Guid TargetOwnerId);
