namespace CustomerCentric.Domain.Routing;

/// <summary>
/// Who a complaint went to and why: the rule set version, the rule that matched (if any) and, for every earlier enabled
/// rule, the first condition that failed. Stored on the complaint.
/// </summary>
public sealed record RoutingDecision(
    int? RuleSetVersion,
    Guid? MatchedRuleId,
    string? MatchedRuleName,
    RoutingOutcome Outcome,
    Guid OwnerId,
    IReadOnlyList<RuleMismatch> Explanation,
    DateTimeOffset DecidedAt);
