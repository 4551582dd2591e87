using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// How the draft would route recent complaints compared with the published version: how many change owner, grouped by
/// "from whom to whom", with a few examples each, and how many keep their owner but for another reason.
/// </summary>
public sealed record ImpactPreview(int Replayed, int OwnerChanged, int ReasonChanged, IReadOnlyList<ImpactGroup> Groups)
{
    public const int ExamplesPerGroup = 3;

    public static ImpactPreview Compute(CompiledRuleSet published, CompiledRuleSet draft, IReadOnlyList<ReplayedComplaint> complaints, DateTimeOffset at)
    {
        var comparisons = RuleSetComparer.Compare(published, draft, complaints.Select(c => c.Case), at).ToList();
        var groups = comparisons.Where(c => c.OwnerChanged)
            .GroupBy(c => (c.Before.OwnerId, c.After.OwnerId))
            .Select(g => new ImpactGroup(g.Key.Item1, g.Key.Item2, g.Count(), g.Take(ExamplesPerGroup).ToList()))
            .OrderByDescending(g => g.Count)
            .ToList();
        return new ImpactPreview(comparisons.Count, comparisons.Count(c => c.OwnerChanged), comparisons.Count(c => !c.OwnerChanged && c.ReasonChanged), groups);
    }
}

/// <summary>Complaints that would move from one owner to another.</summary>
public sealed record ImpactGroup(Guid FromOwnerId, Guid ToOwnerId, int Count, IReadOnlyList<RoutingComparison> Examples);
