using CustomerCentric.Admin.Catalog;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// Findings about a rule list: rules that can never match (their conditions contradict, or earlier enabled rules catch
/// every case they cover), active touchpoints that neither a rule nor an active default owner covers (their complaints
/// all land with the Chief Touchpoint Officer), and rules that target inactive or unknown owners.
/// "Shadowed" is only reported when it is certain: each of the rule's cases must fall within one earlier rule's conditions.
/// </summary>
public sealed record RuleAnalysis(
    IReadOnlyList<ShadowedRule> ShadowedRules,
    IReadOnlyList<Touchpoint> UncoveredTouchpoints,
    IReadOnlyList<RuleProblem> InactiveTargets)
{
    public static RuleAnalysis Analyse(IReadOnlyList<RoutingRule> rules, AdminCatalog catalog)
    {
        var enabled = rules.Where(r => r.Enabled).ToList();
        var boxes = enabled.Select(r => (Rule: r, Boxes: RuleBox.Of(r))).ToList();
        var shadowed = new List<ShadowedRule>();
        for (var j = 0; j < boxes.Count; j++)
        {
            var (rule, ruleBoxes) = boxes[j];
            var live = ruleBoxes.Where(b => !b.IsEmpty).ToList();
            if (live.Count == 0)
            {
                shadowed.Add(new ShadowedRule(rule, [], "its conditions contradict each other, so no complaint can meet them all"));
                continue;
            }

            var coveredBy = new List<RoutingRule>();
            var allCovered = live.All(box =>
            {
                var cover = boxes.Take(j).FirstOrDefault(earlier => earlier.Boxes.Any(b => !b.IsEmpty && box.IsWithin(b)));
                if (cover.Rule is not null && !coveredBy.Contains(cover.Rule))
                {
                    coveredBy.Add(cover.Rule);
                }

                return cover.Rule is not null;
            });
            if (allCovered)
            {
                shadowed.Add(new ShadowedRule(rule, coveredBy,
                    $"every complaint it would catch is caught first by {string.Join(" and ", coveredBy.Select(r => $"'{r.Name}'"))}"));
            }
        }

        var uncovered = catalog.Touchpoints
            .Where(t => t.IsActive)
            .Where(t => t.DefaultOwnerId is not { } owner || !catalog.OwnersById.TryGetValue(owner, out var o) || !o.IsActive)
            .Where(t => !boxes.Any(b => b.Boxes.Any(box => box.CanMatch(t))))
            .ToList();

        var inactiveTargets = RuleSetChecker.Check(rules, catalog)
            .Where(p => p.Kind is RuleProblemKind.InactiveOwner or RuleProblemKind.UnknownOwner)
            .ToList();
        return new RuleAnalysis(shadowed, uncovered, inactiveTargets);
    }
}

/// <summary>A rule that can never route a complaint, and why.</summary>
public sealed record ShadowedRule(RoutingRule Rule, IReadOnlyList<RoutingRule> CoveredBy, string Reason);
