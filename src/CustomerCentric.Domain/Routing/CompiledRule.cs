namespace CustomerCentric.Domain.Routing;

/// <summary>An enabled rule: its conditions are the slice [ConditionStart, ConditionStart + ConditionCount) of the rule set.</summary>
internal readonly record struct CompiledRule(ConditionMatch Match, int ConditionStart, int ConditionCount, Guid TargetOwnerId);
