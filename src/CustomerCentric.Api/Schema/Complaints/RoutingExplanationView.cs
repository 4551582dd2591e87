using CustomerCentric.Domain.Routing;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

[GraphQLName("RoutingExplanation")]
[GraphQLDescription("Why a complaint went to its owner.")]
public sealed class RoutingExplanationView(RoutingDecision decision)
{
    [GraphQLDescription("The published rule set version that decided; null when none was published.")]
    public int? RuleSetVersion => decision.RuleSetVersion;

    public RoutingOutcome Outcome => decision.Outcome;

    [GraphQLDescription("The rule that matched, when the outcome is MATCHED_RULE.")]
    public string? MatchedRuleName => decision.MatchedRuleName;

    public DateTimeOffset DecidedAt => decision.DecidedAt;

    [GraphQLDescription("For every enabled rule before the match: the first condition that failed, in words.")]
    public IReadOnlyList<RuleMismatchView> Mismatches => [.. decision.Explanation.Select(m => new RuleMismatchView(m.RuleName, m.ConditionIndex, m.Reason))];

    [GraphQLDescription("The explanation in one sentence.")]
    public string Summary => decision.Outcome switch
    {
        RoutingOutcome.MatchedRule => $"Rule '{decision.MatchedRuleName}' of rule set version {decision.RuleSetVersion} matched after {decision.Explanation.Count} earlier rule(s) did not.",
        RoutingOutcome.TouchpointDefaultOwner => "No rule matched; the touchpoint's default owner takes it.",
        _ => "No rule matched and the touchpoint has no active default owner; the Chief Touchpoint Officer takes it.",
    };
}
