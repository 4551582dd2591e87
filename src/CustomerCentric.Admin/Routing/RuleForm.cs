using System.ComponentModel.DataAnnotations;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// A rule as the editor's form shows it: one field per condition kind, a kind used when it has values. A rule that holds
/// several conditions of one kind (possible through the API) is shown with their values merged.
/// </summary>
public sealed class RuleForm
{
    [Required(ErrorMessage = "Give the rule a name that says what it catches.")]
    [StringLength(200, ErrorMessage = "The name is at most 200 characters.")]
    public string Name { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    public ConditionMatch Match { get; set; } = ConditionMatch.All;

    [Required(ErrorMessage = "Choose the owner who gets the complaints this rule catches.")]
    [Display(Name = "Target owner")]
    public Guid? TargetOwnerId { get; set; }

    public List<Guid> Touchpoints { get; set; } = [];
    public List<Channel> Channels { get; set; } = [];
    public List<JourneyPhase> Phases { get; set; } = [];
    public List<ComplaintCategory> Categories { get; set; } = [];

    [Display(Name = "Severity at least")]
    public Severity? MinimumSeverity { get; set; }

    public List<CustomerSegment> Segments { get; set; } = [];

    /// <summary>Keywords separated by commas.</summary>
    [Display(Name = "Text contains")]
    [StringLength(2000)]
    public string? Keywords { get; set; }

    public IReadOnlyList<RuleCondition> Conditions()
    {
        var conditions = new List<RuleCondition>();
        void Add<T>(ConditionKind kind, IEnumerable<T> values)
        {
            var list = values.Select(v => v!.ToString()!).Distinct().ToArray();
            if (list.Length > 0)
            {
                conditions.Add(new RuleCondition(kind, list));
            }
        }

        Add(ConditionKind.Touchpoint, Touchpoints);
        Add(ConditionKind.Channel, Channels);
        Add(ConditionKind.JourneyPhase, Phases);
        Add(ConditionKind.Category, Categories);
        if (MinimumSeverity is { } severity)
        {
            Add(ConditionKind.MinimumSeverity, [severity]);
        }

        Add(ConditionKind.CustomerSegment, Segments);
        Add(ConditionKind.TextContains, (Keywords ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return conditions;
    }

    public RoutingRule ToRule(Guid id) => new(id, Name.Trim(), Enabled, Match, Conditions(), TargetOwnerId ?? Guid.Empty);

    public static RuleForm From(RoutingRule rule)
    {
        IEnumerable<string> Values(ConditionKind kind) => rule.Conditions.Where(c => c.Kind == kind).SelectMany(c => c.Values);
        List<T> Parse<T>(ConditionKind kind) where T : struct, Enum => Values(kind).Select(RuleValues.Parse<T>).Distinct().ToList();
        return new RuleForm
        {
            Name = rule.Name,
            Enabled = rule.Enabled,
            Match = rule.Match,
            TargetOwnerId = rule.TargetOwnerId,
            Touchpoints = Values(ConditionKind.Touchpoint).Select(Guid.Parse).Distinct().ToList(),
            Channels = Parse<Channel>(ConditionKind.Channel),
            Phases = Parse<JourneyPhase>(ConditionKind.JourneyPhase),
            Categories = Parse<ComplaintCategory>(ConditionKind.Category),
            MinimumSeverity = Values(ConditionKind.MinimumSeverity).Select(RuleValues.Parse<Severity>).Cast<Severity?>().Max(),
            Segments = Parse<CustomerSegment>(ConditionKind.CustomerSegment),
            Keywords = string.Join(", ", Values(ConditionKind.TextContains)),
        };
    }
}
