using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// The complaints one conjunction of conditions matches, as allowed values per field (null = any value) and keywords
/// (null = any text). An All rule is one box; an Any rule is one box per condition.
/// </summary>
public sealed record RuleBox(
    IReadOnlySet<Guid>? Touchpoints,
    IReadOnlySet<Channel>? Channels,
    IReadOnlySet<JourneyPhase>? Phases,
    IReadOnlySet<ComplaintCategory>? Categories,
    IReadOnlySet<Severity>? Severities,
    IReadOnlySet<CustomerSegment>? Segments,
    IReadOnlyList<string>? Keywords)
{
    /// <summary>False when the box is larger than the cases it stands for (see the keywords in <see cref="And"/>).</summary>
    public bool Exact { get; init; } = true;

    private static readonly RuleBox Everything = new(null, null, null, null, null, null, null);

    public static IReadOnlyList<RuleBox> Of(RoutingRule rule) => rule.Match == ConditionMatch.All
        ? [rule.Conditions.Aggregate(Everything, (box, condition) => box.And(condition))]
        : rule.Conditions.Select(Everything.And).ToList();

    /// <summary>No complaint can match (an All rule whose conditions contradict each other).</summary>
    public bool IsEmpty =>
        Touchpoints is { Count: 0 } || Channels is { Count: 0 } || Phases is { Count: 0 } || Categories is { Count: 0 }
        || Severities is { Count: 0 } || Segments is { Count: 0 };

    /// <summary>Every complaint this box matches is matched by <paramref name="other"/> too.</summary>
    public bool IsWithin(RuleBox other) =>
        other.Exact && Within(Touchpoints, other.Touchpoints) && Within(Channels, other.Channels) && Within(Phases, other.Phases)
        && Within(Categories, other.Categories) && Within(Severities, other.Severities) && Within(Segments, other.Segments)
        && KeywordsWithin(Keywords, other.Keywords);

    /// <summary>Whether a complaint about <paramref name="touchpoint"/> can fall in this box at all.</summary>
    public bool CanMatch(Touchpoint touchpoint) =>
        !IsEmpty && (Touchpoints?.Contains(touchpoint.Id) ?? true) && (Channels?.Contains(touchpoint.Channel) ?? true)
        && (Phases?.Contains(touchpoint.JourneyPhase) ?? true);

    private RuleBox And(RuleCondition condition) => condition.Kind switch
    {
        ConditionKind.Touchpoint => this with { Touchpoints = Intersect(Touchpoints, condition.Values.Select(Guid.Parse)) },
        ConditionKind.Channel => this with { Channels = Intersect(Channels, condition.Values.Select(RuleValues.Parse<Channel>)) },
        ConditionKind.JourneyPhase => this with { Phases = Intersect(Phases, condition.Values.Select(RuleValues.Parse<JourneyPhase>)) },
        ConditionKind.Category => this with { Categories = Intersect(Categories, condition.Values.Select(RuleValues.Parse<ComplaintCategory>)) },
        ConditionKind.MinimumSeverity => this with
        {
            Severities = Intersect(Severities, Enum.GetValues<Severity>().Where(s => s >= RuleValues.Parse<Severity>(condition.Values[0]))),
        },
        ConditionKind.CustomerSegment => this with { Segments = Intersect(Segments, condition.Values.Select(RuleValues.Parse<CustomerSegment>)) },
        // Two keyword conditions in one All rule: keeping the later one makes the box larger than the rule's real cases.
        // That is safe for the box being covered, not for it covering others, so such a box covers nothing.
        ConditionKind.TextContains => this with { Keywords = condition.Values, Exact = Keywords is null },
        _ => this,
    };

    private static HashSet<T> Intersect<T>(IReadOnlySet<T>? current, IEnumerable<T> values)
    {
        var set = values.ToHashSet();
        if (current is not null)
        {
            set.IntersectWith(current);
        }

        return set;
    }

    private static bool Within<T>(IReadOnlySet<T>? inner, IReadOnlySet<T>? outer) =>
        outer is null || (inner is not null && inner.IsSubsetOf(outer));

    // A text that contains an inner keyword contains an outer keyword when the inner keyword itself contains it.
    private static bool KeywordsWithin(IReadOnlyList<string>? inner, IReadOnlyList<string>? outer) =>
        outer is null || (inner is not null && inner.All(k => outer.Any(o => k.Contains(o, StringComparison.OrdinalIgnoreCase))));
}
