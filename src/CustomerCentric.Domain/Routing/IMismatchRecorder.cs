namespace CustomerCentric.Domain.Routing;

/// <summary>
/// Receives (rule position, condition index) for every rule that did not match. A struct type argument lets the JIT
/// compile the fast path (record nothing) and the explanation path (record everything) separately, both without allocation.
/// </summary>
internal interface IMismatchRecorder
{
    void Record(int rulePosition, int conditionIndex);
}

internal struct IgnoreMismatches : IMismatchRecorder
{
    public readonly void Record(int rulePosition, int conditionIndex)
    {
    }
}

internal readonly struct RecordMismatches(int[] conditionByRule) : IMismatchRecorder
{
    public void Record(int rulePosition, int conditionIndex) => conditionByRule[rulePosition] = conditionIndex;
}
