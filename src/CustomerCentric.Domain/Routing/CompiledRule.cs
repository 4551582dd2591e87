namespace CustomerCentric.Domain.Routing;

/// <summary>
/// An enabled rule. Its conditions in declared order are [ConditionStart, +ConditionCount) of the rule set (used to
/// explain). For the fast path its enum conditions are folded into <see cref="EnumMask"/> (All: the AND per kind, and
/// <see cref="EnumGroups"/> kinds must each keep a bit; Any: the OR) and its other conditions are [OtherStart, +OtherCount).
/// </summary>
internal readonly record struct CompiledRule(
    bool IsAll, int ConditionStart, int ConditionCount, ulong EnumMask, int EnumGroups, int OtherStart, int OtherCount);
