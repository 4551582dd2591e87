using CustomerCentric.Admin.Catalog;
using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// Checks a rule list against the company as it is now: what the domain validator cannot know (owners and touchpoints that
/// do not exist or are inactive, a missing Chief Touchpoint Officer), plus the validator's own findings.
/// </summary>
public sealed class RuleSetChecker(CustomerCentricDbContext db)
{
    public async Task<IReadOnlyList<RuleProblem>> CheckAsync(IReadOnlyList<RoutingRule> rules, CancellationToken cancellationToken) =>
        Check(rules, await AdminCatalog.LoadAsync(db, cancellationToken));

    public static IReadOnlyList<RuleProblem> Check(IReadOnlyList<RoutingRule> rules, AdminCatalog catalog)
    {
        var problems = RoutingRuleValidator.ValidateAll(rules)
            .Select(e => new RuleProblem(RuleProblemKind.Invalid, e.RuleId, e.RuleName, e.ToString(), BlocksPublishing: true))
            .ToList();

        if (catalog.Chief is null)
        {
            problems.Add(new RuleProblem(RuleProblemKind.NoChiefTouchpointOfficer, null, "(rule set)", "No active Chief Touchpoint Officer: complaints no rule routes would have no owner. Appoint one on the Owners page.", true));
        }

        foreach (var rule in rules)
        {
            if (!catalog.OwnersById.TryGetValue(rule.TargetOwnerId, out var owner))
            {
                problems.Add(new RuleProblem(RuleProblemKind.UnknownOwner, rule.Id, rule.Name, $"Rule '{rule.Name}' sends complaints to an owner that does not exist ({rule.TargetOwnerId}).", true));
            }
            else if (!owner.IsActive)
            {
                problems.Add(new RuleProblem(RuleProblemKind.InactiveOwner, rule.Id, rule.Name,
                    $"Rule '{rule.Name}' sends complaints to {owner.Name}, who is inactive.{(rule.Enabled ? string.Empty : " (The rule is disabled.)")}",
                    BlocksPublishing: rule.Enabled));
            }

            foreach (var value in rule.Conditions.Where(c => c.Kind == ConditionKind.Touchpoint).SelectMany(c => c.Values))
            {
                if (!Guid.TryParse(value, out var touchpointId))
                {
                    continue; // The validator reports malformed ids.
                }

                if (!catalog.TouchpointsById.TryGetValue(touchpointId, out var touchpoint))
                {
                    problems.Add(new RuleProblem(RuleProblemKind.UnknownTouchpoint, rule.Id, rule.Name, $"Rule '{rule.Name}' names a touchpoint that does not exist ({touchpointId}).", true));
                }
                else if (!touchpoint.IsActive)
                {
                    problems.Add(new RuleProblem(RuleProblemKind.InactiveTouchpoint, rule.Id, rule.Name, $"Rule '{rule.Name}' names the inactive touchpoint {touchpoint.Name}.", false));
                }
            }
        }

        return problems;
    }
}
