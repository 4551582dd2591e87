namespace CustomerCentric.Domain.Routing;

/// <summary>Why one earlier rule did not take the complaint: the first condition that failed, in words.</summary>
public sealed record RuleMismatch(Guid RuleId, string RuleName, int ConditionIndex, string Reason);
