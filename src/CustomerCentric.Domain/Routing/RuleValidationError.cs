namespace CustomerCentric.Domain.Routing;

/// <summary>One thing wrong with a rule; <see cref="ConditionIndex"/> is null when the rule itself (not a condition) is wrong.</summary>
public sealed record RuleValidationError(Guid RuleId, string RuleName, int? ConditionIndex, string Message)
{
    public override string ToString() => ConditionIndex is { } i
        ? $"Rule '{RuleName}', condition {i + 1}: {Message}"
        : $"Rule '{RuleName}': {Message}";
}
