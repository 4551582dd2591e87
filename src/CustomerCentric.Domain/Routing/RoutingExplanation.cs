namespace CustomerCentric.Domain.Routing;

/// <summary>
/// The "why not" list of a decision, built on first read by evaluating the same input again with recording on. The count is
/// known at once (one entry per enabled rule before the match), so routing a complaint never pays for explanations
/// nobody reads, and reading them gives exactly what the evaluation saw (the compiled set is immutable).
/// </summary>
internal sealed class RoutingExplanation : IReadOnlyList<RuleMismatch>
{
    private readonly int _count;
    private readonly CompiledRuleSet _ruleSet;
    private readonly RoutingInput _input;
    private RuleMismatch[]? _mismatches;

    public RoutingExplanation(CompiledRuleSet ruleSet, in RoutingInput input, int count)
    {
        _ruleSet = ruleSet;
        _input = input;
        _count = count;
    }

    public int Count => _count;

    public RuleMismatch this[int index] => Mismatches[index];

    public IEnumerator<RuleMismatch> GetEnumerator() => ((IEnumerable<RuleMismatch>)Mismatches).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private RuleMismatch[] Mismatches
    {
        get
        {
            if (Volatile.Read(ref _mismatches) is { } done)
                return done;
            // Racing readers compute the same list; the first one stored wins.
            var ruleSet = _ruleSet;
            var input = _input;
            var conditionByRule = new int[_count];
            var recorder = new RecordMismatches(conditionByRule);
            var position = ruleSet.FindMatch(input, ref recorder);
            if ((position < 0 ? ruleSet.EnabledRuleCount : position) != _count)
                throw new InvalidOperationException("Routing and its explanation disagree about where the rule set matched; this is a bug in the engine.");
            var mismatches = ruleSet.Explain(input, conditionByRule);
            return Interlocked.CompareExchange(ref _mismatches, mismatches, null) ?? mismatches;
        }
    }
}
