using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Tests.Routing;

/// <summary>Short ways to write rules and inputs in tests.</summary>
public static class TestRules
{
    public static readonly Guid Chief = Guid.Parse("0000000c-0000-0000-0000-00000000c7f0");
    public static readonly Guid DefaultOwner = Guid.Parse("0000000d-0000-0000-0000-0000000def00");
    public static readonly RoutingFallbacks ChiefOnly = new(null, Chief);
    public static readonly RoutingFallbacks WithDefaultOwner = new(DefaultOwner, Chief);
    public static readonly DateTimeOffset At = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static RoutingRule All(string name, Guid target, params RuleCondition[] conditions) =>
        new(Guid.NewGuid(), name, true, ConditionMatch.All, conditions, target);

    public static RoutingRule Any(string name, Guid target, params RuleCondition[] conditions) =>
        new(Guid.NewGuid(), name, true, ConditionMatch.Any, conditions, target);

    public static RuleCondition When(ConditionKind kind, params string[] values) => new(kind, values);

    public static RoutingInput Input(
        Guid? touchpoint = null, Channel channel = Channel.Web, JourneyPhase phase = JourneyPhase.Purchase,
        ComplaintCategory category = ComplaintCategory.Billing, Severity severity = Severity.Medium,
        CustomerSegment segment = CustomerSegment.Private, string text = "The invoice was wrong.") =>
        new(touchpoint ?? Guid.Parse("11111111-1111-1111-1111-111111111111"), channel, phase, category, severity, segment, text);

    public static RoutingDecision Route(IReadOnlyList<RoutingRule> rules, RoutingInput input, RoutingFallbacks? fallbacks = null) =>
        RuleSetCompiler.Compile(rules, version: 7).Evaluate(input, fallbacks ?? ChiefOnly, At);
}
