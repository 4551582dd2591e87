using System.Buffers;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Routing;

/// <summary>
/// A rule set in the form the engine evaluates: built once per version by <see cref="RuleSetCompiler"/>, immutable and
/// safe to share between threads. Disabled rules are left out. Evaluating a complaint allocates nothing per rule: enum
/// conditions are bit tests, touchpoints are binary searches in small sorted arrays, and every keyword of the set is found
/// in one pass over the text; the explanation is rebuilt from the same evaluation only when someone reads it.
/// </summary>
public sealed class CompiledRuleSet
{
    private static readonly int KindCount = Enum.GetValues<ConditionKind>().Length;
    private static readonly int ChannelCount = Enum.GetValues<Channel>().Length;
    private static readonly int PhaseCount = Enum.GetValues<JourneyPhase>().Length;
    private static readonly int CategoryCount = Enum.GetValues<ComplaintCategory>().Length;
    private static readonly int SeverityCount = Enum.GetValues<Severity>().Length;
    private static readonly int SegmentCount = Enum.GetValues<CustomerSegment>().Length;

    // Up to this many keyword words (64 keywords each) the bitset lives on the stack.
    private const int StackKeywordWords = 64;

    private readonly CompiledRule[] _rules;
    private readonly CompiledCondition[] _conditions;
    private readonly UInt128[] _touchpoints;
    private readonly int[] _keywordIds;
    private readonly KeywordMatcher? _keywords;
    private readonly int _keywordWords;

    // Cold data, read only to explain.
    private readonly RoutingRule[] _sourceRules;
    private readonly string[] _requirements;

    internal CompiledRuleSet(
        int? version, CompiledRule[] rules, CompiledCondition[] conditions, UInt128[] touchpoints, int[] keywordIds,
        KeywordMatcher? keywords, RoutingRule[] sourceRules, string[] requirements)
    {
        Version = version;
        _rules = rules;
        _conditions = conditions;
        _touchpoints = touchpoints;
        _keywordIds = keywordIds;
        _keywords = keywords;
        _keywordWords = keywords is null ? 0 : (keywords.KeywordCount + 63) / 64;
        _sourceRules = sourceRules;
        _requirements = requirements;
    }

    /// <summary>No rules: every complaint goes to a fallback. Used before the first version is published.</summary>
    public static CompiledRuleSet Empty { get; } = RuleSetCompiler.Compile([], version: null);

    /// <summary>The published version this was compiled from; null for a draft or <see cref="Empty"/>.</summary>
    public int? Version { get; }

    /// <summary>The enabled rules, in evaluation order.</summary>
    public IReadOnlyList<RoutingRule> Rules => _sourceRules;

    /// <summary>
    /// Routes one complaint: the first enabled rule that matches, else the active default owner, else the Chief Touchpoint Officer.
    /// The decision's explanation is computed on first read.
    /// </summary>
    public RoutingDecision Evaluate(in RoutingInput input, RoutingFallbacks fallbacks, DateTimeOffset decidedAt)
    {
        if (fallbacks.ChiefTouchpointOfficerId == Guid.Empty)
            throw new DomainException("Routing needs a Chief Touchpoint Officer as the last fallback; none was given.");
        if (fallbacks.ActiveDefaultOwnerId == Guid.Empty)
            throw new DomainException("The default owner id is empty; pass null when the touchpoint has no active default owner.");

        var ignore = default(IgnoreMismatches);
        var position = FindMatch(input, ref ignore);
        var explanation = new RoutingExplanation(this, input, position < 0 ? _rules.Length : position);
        if (position >= 0)
        {
            var rule = _sourceRules[position];
            return new RoutingDecision(Version, rule.Id, rule.Name, RoutingOutcome.MatchedRule, rule.TargetOwnerId, explanation, decidedAt);
        }
        return fallbacks.ActiveDefaultOwnerId is { } defaultOwner
            ? new RoutingDecision(Version, null, null, RoutingOutcome.TouchpointDefaultOwner, defaultOwner, explanation, decidedAt)
            : new RoutingDecision(Version, null, null, RoutingOutcome.ChiefTouchpointOfficer, fallbacks.ChiefTouchpointOfficerId, explanation, decidedAt);
    }

    /// <summary>The position (among enabled rules) of the first rule that matches, or -1; mismatches go to the recorder.</summary>
    internal int FindMatch<TRecorder>(in RoutingInput input, ref TRecorder recorder) where TRecorder : struct, IMismatchRecorder
    {
        CheckInput(input);

        Span<ulong> inputBits = stackalloc ulong[KindCount];
        inputBits[(int)ConditionKind.Channel] = 1UL << (int)input.Channel;
        inputBits[(int)ConditionKind.JourneyPhase] = 1UL << (int)input.JourneyPhase;
        inputBits[(int)ConditionKind.Category] = 1UL << (int)input.Category;
        inputBits[(int)ConditionKind.MinimumSeverity] = 1UL << (int)input.Severity;
        inputBits[(int)ConditionKind.CustomerSegment] = 1UL << (int)input.Segment;
        var touchpoint = ToKey(input.TouchpointId);

        ulong[]? rented = null;
        var keywordBits = _keywordWords <= StackKeywordWords
            ? stackalloc ulong[_keywordWords]
            : (rented = ArrayPool<ulong>.Shared.Rent(_keywordWords)).AsSpan(0, _keywordWords);
        keywordBits.Clear();
        var scanned = false;

        try
        {
            var conditions = _conditions;
            for (var r = 0; r < _rules.Length; r++)
            {
                var rule = _rules[r];
                var all = rule.Match == ConditionMatch.All;
                var failed = all ? -1 : 0;
                for (var c = 0; c < rule.ConditionCount; c++)
                {
                    var condition = conditions[rule.ConditionStart + c];
                    bool holds;
                    switch (condition.Kind)
                    {
                        case ConditionKind.Touchpoint:
                            holds = ContainsTouchpoint(condition.Start, condition.Count, touchpoint);
                            break;
                        case ConditionKind.TextContains:
                            if (!scanned)
                            {
                                _keywords!.Scan(input.Text, keywordBits);
                                scanned = true;
                            }
                            holds = AnyKeyword(keywordBits, condition.Start, condition.Count);
                            break;
                        default:
                            holds = (condition.Mask & inputBits[(int)condition.Kind]) != 0;
                            break;
                    }
                    if (all != holds)
                    {
                        // All: the first condition that fails decides. Any: the first that holds decides.
                        failed = all ? c : -1;
                        break;
                    }
                }
                if (failed < 0)
                    return r;
                recorder.Record(r, failed);
            }
            return -1;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>Turns recorded (rule position, condition index) pairs into readable mismatches.</summary>
    internal RuleMismatch[] Explain(in RoutingInput input, int[] conditionByRule)
    {
        var observed = new string[KindCount];
        observed[(int)ConditionKind.Touchpoint] = $"touchpoint was {input.TouchpointId}";
        observed[(int)ConditionKind.Channel] = $"channel was {input.Channel}";
        observed[(int)ConditionKind.JourneyPhase] = $"journey phase was {input.JourneyPhase}";
        observed[(int)ConditionKind.Category] = $"category was {input.Category}";
        observed[(int)ConditionKind.MinimumSeverity] = $"severity was {input.Severity}";
        observed[(int)ConditionKind.CustomerSegment] = $"customer segment was {input.Segment}";

        var mismatches = new RuleMismatch[conditionByRule.Length];
        for (var r = 0; r < mismatches.Length; r++)
        {
            var rule = _rules[r];
            string reason;
            if (rule.Match == ConditionMatch.All)
            {
                reason = Reason(observed, rule.ConditionStart + conditionByRule[r]);
            }
            else
            {
                var each = Enumerable.Range(rule.ConditionStart, rule.ConditionCount).Select(c => Reason(observed, c));
                reason = rule.ConditionCount == 1
                    ? each.Single()
                    : $"none of its {rule.ConditionCount} conditions held: {string.Join(" | ", each)}";
            }
            var source = _sourceRules[r];
            mismatches[r] = new RuleMismatch(source.Id, source.Name, conditionByRule[r], reason);
        }
        return mismatches;
    }

    internal int EnabledRuleCount => _rules.Length;

    private string Reason(string[] observed, int condition) =>
        _conditions[condition].Kind == ConditionKind.TextContains
            ? _requirements[condition]
            : $"{observed[(int)_conditions[condition].Kind]}; {_requirements[condition]}";

    internal static UInt128 ToKey(Guid id) => System.Runtime.CompilerServices.Unsafe.BitCast<Guid, UInt128>(id);

    private bool ContainsTouchpoint(int start, int count, UInt128 key)
    {
        var low = start;
        var high = start + count - 1;
        var keys = _touchpoints;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var candidate = keys[middle];
            if (candidate == key)
                return true;
            if (candidate < key)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return false;
    }

    private bool AnyKeyword(ReadOnlySpan<ulong> found, int start, int count)
    {
        var ids = _keywordIds;
        for (var i = start; i < start + count; i++)
        {
            var id = ids[i];
            if ((found[id >> 6] & (1UL << (id & 63))) != 0)
                return true;
        }
        return false;
    }

    private static void CheckInput(in RoutingInput input)
    {
        if ((uint)input.Channel >= (uint)ChannelCount)
            throw new ArgumentOutOfRangeException(nameof(input), input.Channel, "Unknown channel.");
        if ((uint)input.JourneyPhase >= (uint)PhaseCount)
            throw new ArgumentOutOfRangeException(nameof(input), input.JourneyPhase, "Unknown journey phase.");
        if ((uint)input.Category >= (uint)CategoryCount)
            throw new ArgumentOutOfRangeException(nameof(input), input.Category, "Unknown category.");
        if ((uint)input.Severity >= (uint)SeverityCount)
            throw new ArgumentOutOfRangeException(nameof(input), input.Severity, "Unknown severity.");
        if ((uint)input.Segment >= (uint)SegmentCount)
            throw new ArgumentOutOfRangeException(nameof(input), input.Segment, "Unknown customer segment.");
        if (input.Text is null)
            throw new ArgumentException("The complaint text is missing (null).", nameof(input));
    }
}
