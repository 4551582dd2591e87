using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// One condition in the rule editor: its kind, the operator the kind implies, and its values: chosen from a list
/// (touchpoints, enum names, the minimum severity) or, for text, keywords one per line (a keyword may hold commas and
/// spaces, kept as typed).
/// </summary>
public sealed class ConditionForm
{
    public ConditionKind Kind { get; set; }

    public List<string> Values { get; set; } = [];

    public string? Keywords { get; set; }

    public string KindLabel => Label(Kind);

    public string Operator => Kind switch
    {
        ConditionKind.MinimumSeverity => "is at least",
        ConditionKind.TextContains => "contains any of",
        _ => "is any of",
    };

    /// <summary>The names a list-valued kind offers (touchpoints are offered from the catalog instead).</summary>
    public IReadOnlyList<string> Choices => Kind switch
    {
        ConditionKind.Channel => Enum.GetNames<Channel>(),
        ConditionKind.JourneyPhase => Enum.GetNames<JourneyPhase>(),
        ConditionKind.Category => Enum.GetNames<ComplaintCategory>(),
        ConditionKind.MinimumSeverity => Enum.GetNames<Severity>(),
        ConditionKind.CustomerSegment => Enum.GetNames<CustomerSegment>(),
        _ => [],
    };

    public RuleCondition ToCondition() => Kind == ConditionKind.TextContains
        ? new RuleCondition(Kind, KeywordLines(Keywords))
        : new RuleCondition(Kind, Values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList());

    public static ConditionForm From(RuleCondition condition) => condition.Kind == ConditionKind.TextContains
        ? new ConditionForm { Kind = condition.Kind, Keywords = string.Join('\n', condition.Values) }
        : new ConditionForm { Kind = condition.Kind, Values = condition.Values.Select(v => Canonical(condition.Kind, v)).Distinct().ToList() };

    public static string Label(ConditionKind kind) => kind switch
    {
        ConditionKind.Touchpoint => "Touchpoint",
        ConditionKind.Channel => "Channel",
        ConditionKind.JourneyPhase => "Journey phase",
        ConditionKind.Category => "Category",
        ConditionKind.MinimumSeverity => "Severity",
        ConditionKind.CustomerSegment => "Customer segment",
        ConditionKind.TextContains => "Text",
        _ => kind.ToString(),
    };

    // Lines as typed (a leading or trailing space is part of a keyword); lines with nothing but spaces are dropped.
    private static List<string> KeywordLines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(line => line.TrimEnd('\r')).Where(line => !string.IsNullOrWhiteSpace(line)).ToList();

    // Enum names ignore case and touchpoint ids their format; the form's checkboxes and options use one spelling.
    private static string Canonical(ConditionKind kind, string value) => kind switch
    {
        ConditionKind.Touchpoint => Guid.TryParse(value, out var id) ? id.ToString() : value,
        ConditionKind.Channel => RuleValues.TryParse<Channel>(value, out var channel) ? channel.ToString() : value,
        ConditionKind.JourneyPhase => RuleValues.TryParse<JourneyPhase>(value, out var phase) ? phase.ToString() : value,
        ConditionKind.Category => RuleValues.TryParse<ComplaintCategory>(value, out var category) ? category.ToString() : value,
        ConditionKind.MinimumSeverity => RuleValues.TryParse<Severity>(value, out var severity) ? severity.ToString() : value,
        ConditionKind.CustomerSegment => RuleValues.TryParse<CustomerSegment>(value, out var segment) ? segment.ToString() : value,
        _ => value,
    };
}
