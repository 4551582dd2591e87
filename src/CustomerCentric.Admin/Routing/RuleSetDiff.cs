using CustomerCentric.Admin.Catalog;
using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// What changed between two rule lists, rule by rule (rules keep their id across versions): added, removed, and for the
/// rest every difference in words (name, enabled, match, target, conditions, position).
/// </summary>
public static class RuleSetDiff
{
    public static IReadOnlyList<RuleChange> Compare(IReadOnlyList<RoutingRule> before, IReadOnlyList<RoutingRule> after, AdminCatalog catalog)
    {
        var changes = new List<RuleChange>();
        var oldById = before.Select((rule, index) => (rule, index)).ToDictionary(x => x.rule.Id);
        var newIds = after.Select(r => r.Id).ToHashSet();
        // Positions among the rules both lists share, so that adding one rule does not report every later rule as moved.
        var oldOrder = before.Where(r => newIds.Contains(r.Id)).Select(r => r.Id).ToList();
        var newOrder = after.Where(r => oldById.ContainsKey(r.Id)).Select(r => r.Id).ToList();

        for (var i = 0; i < after.Count; i++)
        {
            var rule = after[i];
            if (!oldById.TryGetValue(rule.Id, out var old))
            {
                changes.Add(new RuleChange(RuleChangeKind.Added, rule.Id, rule.Name,
                    [$"at position {i + 1}: when {RuleText.Conditions(rule, catalog)}, to {catalog.OwnerName(rule.TargetOwnerId)}{(rule.Enabled ? string.Empty : " (disabled)")}"]));
                continue;
            }

            var details = new List<string>();
            if (old.rule.Name != rule.Name)
            {
                details.Add($"renamed from \"{old.rule.Name}\"");
            }

            if (old.rule.Enabled != rule.Enabled)
            {
                details.Add(rule.Enabled ? "enabled" : "disabled");
            }

            if (old.rule.TargetOwnerId != rule.TargetOwnerId)
            {
                details.Add($"target owner {catalog.OwnerName(old.rule.TargetOwnerId)} → {catalog.OwnerName(rule.TargetOwnerId)}");
            }

            var oldConditions = RuleText.Conditions(old.rule, catalog);
            var newConditions = RuleText.Conditions(rule, catalog);
            if (old.rule.Match != rule.Match || oldConditions != newConditions)
            {
                details.Add($"conditions: {oldConditions} → {newConditions}");
            }

            var oldPosition = oldOrder.IndexOf(rule.Id);
            var newPosition = newOrder.IndexOf(rule.Id);
            if (oldPosition != newPosition)
            {
                // Absolute positions shift when rules are added or removed above; the new neighbour says where it went.
                details.Add($"moved {(newPosition < oldPosition ? "up" : "down")}, now {(i == 0 ? "first" : $"after '{after[i - 1].Name}'")} (position {i + 1})");
            }

            if (details.Count > 0)
            {
                changes.Add(new RuleChange(RuleChangeKind.Changed, rule.Id, rule.Name, details));
            }
        }

        foreach (var removed in before.Where(r => !newIds.Contains(r.Id)))
        {
            changes.Add(new RuleChange(RuleChangeKind.Removed, removed.Id, removed.Name,
                [$"was: when {RuleText.Conditions(removed, catalog)}, to {catalog.OwnerName(removed.TargetOwnerId)}"]));
        }

        return changes;
    }
}
