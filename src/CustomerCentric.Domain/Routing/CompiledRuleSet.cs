using System.Buffers;
using System.Numerics;
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

    // The All rules' enum test, laid out flat for the loop that rejects most rules in a few instructions; -1 for Any rules.
    private readonly ulong[] _enumMasks;
    private readonly int[] _enumGroups;
    private readonly CompiledCondition[] _conditions;
    private readonly CompiledCondition[] _otherConditions;
    private readonly UInt128[] _touchpoints;
    private readonly int[] _keywordIds;
    private readonly KeywordMatcher? _keywords;
    private readonly int _keywordWords;

    // Cold data, read only to explain.
    private readonly RoutingRule[] _sourceRules;
    private readonly string[] _requirements;

    internal CompiledRuleSet(
        int? version, CompiledRule[] rules, CompiledCondition[] conditions, CompiledCondition[] otherConditions, UInt128[] touchpoints, int[] keywordIds,
        KeywordMatcher? keywords, RoutingRule[] sourceRules, string[] requirements)
    {
        Version = version;
        _rules = rules;
        _enumMasks = Array.ConvertAll(rules, rule => rule.EnumMask);
        _enumGroups = Array.ConvertAll(rules, rule => rule.IsAll ? rule.EnumGroups : -1);
        _conditions = conditions;
        _otherConditions = otherConditions;
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

        ulong[]? rented = null;
        var probe = new Probe
        {
            EnumBits = Routing.EnumBits.Pack(input),
            Touchpoint = ToKey(input.TouchpointId),
            Text = input.Text,
            Keywords = _keywordWords <= StackKeywordWords
                ? stackalloc ulong[_keywordWords]
                : (rented = ArrayPool<ulong>.Shared.Rent(_keywordWords)).AsSpan(0, _keywordWords),
        };
        probe.Keywords.Clear();

        try
        {
            var rules = _rules;
            for (var r = 0; r < rules.Length; r++)
            {
                ref readonly var rule = ref rules[r];
                // The JIT keeps one branch per recorder type: routing takes the folded fast path, explaining the exact one.
                if (typeof(TRecorder) == typeof(IgnoreMismatches))
                {
                    var groups = _enumGroups[r];
                    if (groups >= 0 && BitOperations.PopCount(_enumMasks[r] & probe.EnumBits) != groups)
                        continue;
                    if (Matches(rule, ref probe))
                        return r;
                }
                else
                {
                    var failed = FirstFailure(rule, ref probe);
                    if (failed < 0)
                        return r;
                    recorder.Record(r, failed);
                }
            }
            return -1;
        }
        finally
        {
            if (rented is not null)
                ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>What one evaluation knows about its complaint; the keyword bitset is filled on first need.</summary>
    private ref struct Probe
    {
        public ulong EnumBits;
        public UInt128 Touchpoint;
        public string Text;
        public Span<ulong> Keywords;
        public bool Scanned;
    }

    // All enum conditions in one test, then the rest; the order of conditions cannot change whether a rule matches.
    private bool Matches(in CompiledRule rule, ref Probe probe)
    {
        var others = _otherConditions;
        if (rule.IsAll)
        {
            if (BitOperations.PopCount(rule.EnumMask & probe.EnumBits) != rule.EnumGroups)
                return false;
            for (var c = rule.OtherStart; c < rule.OtherStart + rule.OtherCount; c++)
            {
                if (!Holds(others[c], ref probe))
                    return false;
            }
            return true;
        }
        if ((rule.EnumMask & probe.EnumBits) != 0)
            return true;
        for (var c = rule.OtherStart; c < rule.OtherStart + rule.OtherCount; c++)
        {
            if (Holds(others[c], ref probe))
                return true;
        }
        return false;
    }

    /// <summary>In declared order: the first condition that fails (All), 0 when none holds (Any), or -1 when the rule matches.</summary>
    private int FirstFailure(in CompiledRule rule, ref Probe probe)
    {
        for (var c = 0; c < rule.ConditionCount; c++)
        {
            var holds = Holds(_conditions[rule.ConditionStart + c], ref probe);
            if (rule.IsAll && !holds)
                return c;
            if (!rule.IsAll && holds)
                return -1;
        }
        return rule.IsAll ? -1 : 0;
    }

    private bool Holds(in CompiledCondition condition, ref Probe probe)
    {
        switch (condition.Kind)
        {
            case ConditionKind.Touchpoint:
                return ContainsTouchpoint(condition.Start, condition.Count, probe.Touchpoint);
            case ConditionKind.TextContains:
                if (!probe.Scanned)
                {
                    _keywords!.Scan(probe.Text, probe.Keywords);
                    probe.Scanned = true;
                }
                return AnyKeyword(probe.Keywords, condition.Start, condition.Count);
            default:
                return (condition.Mask & probe.EnumBits) != 0;
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
            if (rule.IsAll)
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
