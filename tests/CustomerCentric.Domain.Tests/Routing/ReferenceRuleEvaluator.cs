using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Tests.Routing;

/// <summary>
/// The routing semantics read straight off the rules, with no compilation: parse every value on every evaluation.
/// The compiled engine must agree with it (property tests), and the benchmark uses it as the naive peer.
/// </summary>
public static class ReferenceRuleEvaluator
{
    /// <returns>The index of the matched rule in <paramref name="rules"/> (or -1) and, for each enabled rule before it,
    /// the index of the first condition that failed (0 for an Any rule, where all failed).</returns>
    public static (int MatchedIndex, List<(RoutingRule Rule, int ConditionIndex)> Failures) Evaluate(IReadOnlyList<RoutingRule> rules, RoutingInput input)
    {
        var text = input.Text.ToLowerInvariant();
        var failures = new List<(RoutingRule, int)>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!rule.Enabled)
                continue;
            if (rule.Match == ConditionMatch.All)
            {
                var failed = -1;
                for (var c = 0; c < rule.Conditions.Count && failed < 0; c++)
                {
                    if (!Holds(rule.Conditions[c], input, text))
                        failed = c;
                }
                if (failed < 0)
                    return (i, failures);
                failures.Add((rule, failed));
            }
            else
            {
                if (rule.Conditions.Any(c => Holds(c, input, text)))
                    return (i, failures);
                failures.Add((rule, 0));
            }
        }
        return (-1, failures);
    }

    public static Guid Owner(IReadOnlyList<RoutingRule> rules, RoutingInput input, RoutingFallbacks fallbacks)
    {
        var (matched, _) = Evaluate(rules, input);
        return matched >= 0 ? rules[matched].TargetOwnerId : fallbacks.ActiveDefaultOwnerId ?? fallbacks.ChiefTouchpointOfficerId;
    }

    private static bool Holds(RuleCondition condition, RoutingInput input, string lowerText) => condition.Kind switch
    {
        ConditionKind.Touchpoint => condition.Values.Any(v => Guid.Parse(v) == input.TouchpointId),
        ConditionKind.Channel => condition.Values.Any(v => Enum.Parse<Channel>(v.Trim(), ignoreCase: true) == input.Channel),
        ConditionKind.JourneyPhase => condition.Values.Any(v => Enum.Parse<JourneyPhase>(v.Trim(), ignoreCase: true) == input.JourneyPhase),
        ConditionKind.Category => condition.Values.Any(v => Enum.Parse<ComplaintCategory>(v.Trim(), ignoreCase: true) == input.Category),
        ConditionKind.MinimumSeverity => input.Severity >= Enum.Parse<Severity>(condition.Values[0].Trim(), ignoreCase: true),
        ConditionKind.CustomerSegment => condition.Values.Any(v => Enum.Parse<CustomerSegment>(v.Trim(), ignoreCase: true) == input.Segment),
        ConditionKind.TextContains => condition.Values.Any(k => lowerText.Contains(k.ToLowerInvariant(), StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Kind, "Unknown condition kind."),
    };
}
