using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Routing;

/// <summary>
/// The enum-valued parts of a complaint packed into one 64-bit word, one bit group per condition kind
/// (channel, journey phase, category, severity, segment). A complaint sets exactly one bit in each group, so a rule's
/// enum conditions can be tested together: AND, then count one bit per group that must hold.
/// </summary>
internal static class EnumBits
{
    private static readonly int ChannelOffset = 0;
    private static readonly int PhaseOffset = ChannelOffset + Enum.GetValues<Channel>().Length;
    private static readonly int CategoryOffset = PhaseOffset + Enum.GetValues<JourneyPhase>().Length;
    private static readonly int SeverityOffset = CategoryOffset + Enum.GetValues<ComplaintCategory>().Length;
    private static readonly int SegmentOffset = SeverityOffset + Enum.GetValues<Severity>().Length;
    private static readonly int Width = SegmentOffset + Enum.GetValues<CustomerSegment>().Length;

    static EnumBits()
    {
        if (Width > 64)
            throw new InvalidOperationException($"The routing enums need {Width} bits; the packed form holds 64.");
    }

    public static bool IsEnumKind(ConditionKind kind) => kind is not (ConditionKind.Touchpoint or ConditionKind.TextContains);

    /// <summary>The bit of one enum value (as its number) of a condition kind.</summary>
    public static ulong Bit(ConditionKind kind, int value) => 1UL << (Offset(kind) + value);

    public static ulong Pack(in RoutingInput input) =>
        Bit(ConditionKind.Channel, (int)input.Channel)
        | Bit(ConditionKind.JourneyPhase, (int)input.JourneyPhase)
        | Bit(ConditionKind.Category, (int)input.Category)
        | Bit(ConditionKind.MinimumSeverity, (int)input.Severity)
        | Bit(ConditionKind.CustomerSegment, (int)input.Segment);

    private static int Offset(ConditionKind kind) => kind switch
    {
        ConditionKind.Channel => ChannelOffset,
        ConditionKind.JourneyPhase => PhaseOffset,
        ConditionKind.Category => CategoryOffset,
        ConditionKind.MinimumSeverity => SeverityOffset,
        ConditionKind.CustomerSegment => SegmentOffset,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an enum-valued condition kind."),
    };
}
