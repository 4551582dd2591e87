using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Routing;

/// <summary>Validates a rule list and compiles it into a <see cref="CompiledRuleSet"/>; do it once per version and cache it.</summary>
public static class RuleSetCompiler
{
    public static CompiledRuleSet Compile(RuleSetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Compile(version.Rules, version.Version);
    }

    /// <param name="rules">The rules in order, disabled ones included (they are validated, then left out).</param>
    /// <param name="version">The published version number, or null for a draft being simulated.</param>
    /// <exception cref="InvalidRoutingRuleException">A rule is invalid or an id repeats.</exception>
    public static CompiledRuleSet Compile(IReadOnlyList<RoutingRule> rules, int? version)
    {
        RoutingRuleValidator.EnsureAllValid(rules);

        var compiledRules = new List<CompiledRule>();
        var conditions = new List<CompiledCondition>();
        var requirements = new List<string>();
        var touchpoints = new List<UInt128>();
        var keywordIds = new List<int>();
        var keywords = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourceRules = new List<RoutingRule>();

        foreach (var rule in rules.Where(r => r.Enabled))
        {
            compiledRules.Add(new CompiledRule(rule.Match, conditions.Count, rule.Conditions.Count, rule.TargetOwnerId));
            sourceRules.Add(rule);
            foreach (var condition in rule.Conditions)
            {
                var values = condition.Values.Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                switch (condition.Kind)
                {
                    case ConditionKind.Touchpoint:
                        var ids = values.Select(Guid.Parse).Distinct().ToArray();
                        var keys = ids.Select(CompiledRuleSet.ToKey).Order().ToArray();
                        conditions.Add(new CompiledCondition(condition.Kind, 0, touchpoints.Count, keys.Length));
                        touchpoints.AddRange(keys);
                        requirements.Add(NeedsOneOf(ids.Select(id => id.ToString())));
                        break;
                    case ConditionKind.TextContains:
                        // Keywords are matched as written but ignoring case; they are not trimmed (a space can be deliberate).
                        var lowered = condition.Values.Select(KeywordMatcher.ToLower).Distinct(StringComparer.Ordinal).ToArray();
                        conditions.Add(new CompiledCondition(condition.Kind, 0, keywordIds.Count, lowered.Length));
                        foreach (var keyword in lowered)
                        {
                            if (!keywords.TryGetValue(keyword, out var id))
                                keywords.Add(keyword, id = keywords.Count);
                            keywordIds.Add(id);
                        }
                        requirements.Add($"text contains none of {string.Join(", ", condition.Values.Distinct().Select(k => $"\"{k}\""))}");
                        break;
                    case ConditionKind.MinimumSeverity:
                        var minimum = RuleValues.Parse<Severity>(values[0]);
                        var atLeast = Enum.GetValues<Severity>().Where(s => s >= minimum).Aggregate(0UL, (mask, s) => mask | Bit(s));
                        conditions.Add(new CompiledCondition(condition.Kind, atLeast, 0, 0));
                        requirements.Add($"rule needs at least {minimum}");
                        break;
                    default:
                        var (mask, names) = condition.Kind switch
                        {
                            ConditionKind.Channel => EnumSet<Channel>(values),
                            ConditionKind.JourneyPhase => EnumSet<JourneyPhase>(values),
                            ConditionKind.Category => EnumSet<ComplaintCategory>(values),
                            ConditionKind.CustomerSegment => EnumSet<CustomerSegment>(values),
                            _ => throw new DomainException($"Unknown condition kind {condition.Kind}."),
                        };
                        conditions.Add(new CompiledCondition(condition.Kind, mask, 0, 0));
                        requirements.Add(NeedsOneOf(names));
                        break;
                }
            }
        }

        var matcher = keywords.Count == 0 ? null : new KeywordMatcher(keywords.OrderBy(k => k.Value).Select(k => k.Key).ToArray());
        return new CompiledRuleSet(
            version, [.. compiledRules], [.. conditions], [.. touchpoints], [.. keywordIds], matcher, [.. sourceRules], [.. requirements]);
    }

    private static (ulong Mask, IEnumerable<string> Names) EnumSet<TEnum>(string[] values) where TEnum : struct, Enum
    {
        var parsed = values.Select(RuleValues.Parse<TEnum>).Distinct().ToArray();
        return (parsed.Aggregate(0UL, (mask, value) => mask | Bit(value)), parsed.Select(v => v.ToString()));
    }

    private static ulong Bit<TEnum>(TEnum value) where TEnum : struct, Enum => 1UL << Convert.ToInt32(value);

    private static string NeedsOneOf(IEnumerable<string> names)
    {
        var list = names.ToArray();
        return list.Length == 1 ? $"rule needs {list[0]}" : $"rule needs one of {string.Join(", ", list)}";
    }
}
