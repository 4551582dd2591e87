namespace CustomerCentric.Domain.Routing;

/// <summary>One test a rule makes; kept as plain strings so a rule set serializes as one JSON document.</summary>
public sealed record RuleCondition(ConditionKind Kind, IReadOnlyList<string> Values)
{
    public static RuleCondition Of(ConditionKind kind, params string[] values) => new(kind, values);
}
