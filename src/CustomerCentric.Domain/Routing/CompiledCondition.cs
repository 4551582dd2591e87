namespace CustomerCentric.Domain.Routing;

/// <summary>
/// A condition reduced to a bit test. Enum kinds (MinimumSeverity included: "at least High" is the set {High, Critical})
/// use <see cref="Mask"/> in the packed layout of <see cref="EnumBits"/>; Touchpoint and TextContains use the slice
/// [Start, Start + Count) of the rule set's sorted touchpoint keys or keyword ids.
/// </summary>
internal readonly record struct CompiledCondition(ConditionKind Kind, ulong Mask, int Start, int Count);
