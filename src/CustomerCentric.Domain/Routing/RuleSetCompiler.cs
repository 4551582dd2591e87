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
        var otherConditions = new List<CompiledCondition>();
        var requirements = new List<string>();
        var touchpoints = new List<UInt128>();
        var keywordIds = new List<int>();
        var keywords = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourceRules = new List<RoutingRule>();

        foreach (var rule in rules.Where(r => r.Enabled))
        {
            var isAll = rule.Match == ConditionMatch.All;
            var firstCondition = conditions.Count;
            var firstOther = otherConditions.Count;
            // Per enum kind: All keeps the values every condition of that kind allows, Any the values any allows.
            var enumMasks = new Dictionary<ConditionKind, ulong>();
            sourceRules.Add(rule);
            foreach (var condition in rule.Conditions)
            {
                var (compiled, requirement) = CompileCondition(condition, touchpoints, keywordIds, keywords);
                conditions.Add(compiled);
                requirements.Add(requirement);
                if (!EnumBits.IsEnumKind(condition.Kind))
                    otherConditions.Add(compiled);
                else if (enumMasks.TryGetValue(condition.Kind, out var mask))
                    enumMasks[condition.Kind] = isAll ? mask & compiled.Mask : mask | compiled.Mask;
                else
                    enumMasks[condition.Kind] = compiled.Mask;
            }
            compiledRules.Add(new CompiledRule(
                isAll, firstCondition, rule.Conditions.Count,
                enumMasks.Values.Aggregate(0UL, (all, mask) => all | mask), enumMasks.Count,
                firstOther, otherConditions.Count - firstOther));
        }

        var matcher = keywords.Count == 0 ? null : new KeywordMatcher(keywords.OrderBy(k => k.Value).Select(k => k.Key).ToArray());
        return new CompiledRuleSet(
            version, [.. compiledRules], [.. conditions], [.. otherConditions], [.. touchpoints], [.. keywordIds], matcher, [.. sourceRules], [.. requirements]);
    }

    private static (CompiledCondition Condition, string Requirement) CompileCondition(
        RuleCondition condition, List<UInt128> touchpoints, List<int> keywordIds, Dictionary<string, int> keywords)
    {
        var values = condition.Values.Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        switch (condition.Kind)
        {
            case ConditionKind.Touchpoint:
                var ids = values.Select(Guid.Parse).Distinct().ToArray();
                var keys = ids.Select(CompiledRuleSet.ToKey).Order().ToArray();
                var touchpointCondition = new CompiledCondition(condition.Kind, 0, touchpoints.Count, keys.Length);
                touchpoints.AddRange(keys);
                return (touchpointCondition, NeedsOneOf(ids.Select(id => id.ToString())));
            case ConditionKind.TextContains:
                // Keywords are matched as written but ignoring case; they are not trimmed (a space can be deliberate).
                var lowered = condition.Values.Select(KeywordMatcher.ToLower).Distinct(StringComparer.Ordinal).ToArray();
                var textCondition = new CompiledCondition(condition.Kind, 0, keywordIds.Count, lowered.Length);
                foreach (var keyword in lowered)
                {
                    if (!keywords.TryGetValue(keyword, out var id))
                        keywords.Add(keyword, id = keywords.Count);
                    keywordIds.Add(id);
                }
                return (textCondition, $"text contains none of {string.Join(", ", condition.Values.Distinct().Select(k => $"\"{k}\""))}");
            case ConditionKind.MinimumSeverity:
                var minimum = RuleValues.Parse<Severity>(values[0]);
                var atLeast = Enum.GetValues<Severity>().Where(s => s >= minimum).Aggregate(0UL, (mask, s) => mask | EnumBits.Bit(condition.Kind, (int)s));
                return (new CompiledCondition(condition.Kind, atLeast, 0, 0), $"rule needs at least {minimum}");
            default:
                var (mask, names) = condition.Kind switch
                {
                    ConditionKind.Channel => EnumSet<Channel>(condition.Kind, values),
                    ConditionKind.JourneyPhase => EnumSet<JourneyPhase>(condition.Kind, values),
                    ConditionKind.Category => EnumSet<ComplaintCategory>(condition.Kind, values),
                    ConditionKind.CustomerSegment => EnumSet<CustomerSegment>(condition.Kind, values),
                    _ => throw new DomainException($"Unknown condition kind {condition.Kind}."),
                };
                return (new CompiledCondition(condition.Kind, mask, 0, 0), NeedsOneOf(names));
        }
    }

    private static (ulong Mask, IEnumerable<string> Names) EnumSet<TEnum>(ConditionKind kind, string[] values) where TEnum : struct, Enum
    {
        var parsed = values.Select(RuleValues.Parse<TEnum>).Distinct().ToArray();
        return (parsed.Aggregate(0UL, (mask, value) => mask | EnumBits.Bit(kind, Convert.ToInt32(value))), parsed.Select(v => v.ToString()));
    }

    private static string NeedsOneOf(IEnumerable<string> names)
    {
        var list = names.ToArray();
        return list.Length == 1 ? $"rule needs {list[0]}" : $"rule needs one of {string.Join(", ", list)}";
    }
}
