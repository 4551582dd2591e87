namespace CustomerCentric.Admin.Routing;

/// <summary>One rule's difference between two rule lists, with what changed in words.</summary>
public sealed record RuleChange(RuleChangeKind Kind, Guid RuleId, string RuleName, IReadOnlyList<string> Details);

public enum RuleChangeKind
{
    Added,
    Removed,
    Changed,
}
