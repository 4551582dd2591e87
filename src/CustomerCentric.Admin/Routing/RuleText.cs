using CustomerCentric.Admin.Catalog;
using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Admin.Routing;

/// <summary>Rules in words, for lists, diffs and explanations: "channel is Hotline or Chat and severity at least High".</summary>
public static class RuleText
{
    public static string Conditions(RoutingRule rule, AdminCatalog catalog)
    {
        var parts = rule.Conditions.Select(c => Condition(c, catalog)).ToList();
        return parts.Count == 0 ? "(no conditions)" : string.Join(rule.Match == ConditionMatch.All ? " and " : " or ", parts);
    }

    public static string Condition(RuleCondition condition, AdminCatalog catalog)
    {
        var values = condition.Kind == ConditionKind.Touchpoint
            ? condition.Values.Select(v => Guid.TryParse(v, out var id) ? catalog.TouchpointName(id) : v)
            : condition.Values;
        var list = string.Join(" or ", values);
        return condition.Kind switch
        {
            ConditionKind.Touchpoint => $"touchpoint is {list}",
            ConditionKind.Channel => $"channel is {list}",
            ConditionKind.JourneyPhase => $"journey phase is {list}",
            ConditionKind.Category => $"category is {list}",
            ConditionKind.MinimumSeverity => $"severity at least {list}",
            ConditionKind.CustomerSegment => $"customer segment is {list}",
            ConditionKind.TextContains => $"text contains {string.Join(" or ", condition.Values.Select(v => $"\"{v}\""))}",
            _ => $"{condition.Kind} is {list}",
        };
    }
}
