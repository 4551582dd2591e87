using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;
using static CustomerCentric.Domain.Tests.Routing.TestRules;

namespace CustomerCentric.Domain.Tests.Routing;

/// <summary>Each kind of condition on its own: when it holds, and the words used when it does not.</summary>
public sealed class ConditionKindTests
{
    private static readonly Guid Target = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid HotlineTouchpoint = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid ShopTouchpoint = Guid.Parse("33333333-3333-3333-3333-333333333333");

    private static RoutingDecision RouteOne(RuleCondition condition, RoutingInput input) =>
        Route([All("only rule", Target, condition)], input);

    private static void AssertMatches(RuleCondition condition, RoutingInput input)
    {
        var decision = RouteOne(condition, input);
        Assert.Equal(RoutingOutcome.MatchedRule, decision.Outcome);
        Assert.Equal(Target, decision.OwnerId);
        Assert.Empty(decision.Explanation);
    }

    private static void AssertFails(RuleCondition condition, RoutingInput input, string reason)
    {
        var decision = RouteOne(condition, input);
        Assert.Equal(RoutingOutcome.ChiefTouchpointOfficer, decision.Outcome);
        var mismatch = Assert.Single(decision.Explanation);
        Assert.Equal(0, mismatch.ConditionIndex);
        Assert.Equal(reason, mismatch.Reason);
    }

    [Fact]
    public void Touchpoint_holds_for_any_listed_id()
    {
        var condition = When(ConditionKind.Touchpoint, ShopTouchpoint.ToString(), HotlineTouchpoint.ToString());
        AssertMatches(condition, Input(touchpoint: HotlineTouchpoint));
        AssertMatches(condition, Input(touchpoint: ShopTouchpoint));
        var other = Guid.Parse("44444444-4444-4444-4444-444444444444");
        AssertFails(condition, Input(touchpoint: other), $"touchpoint was {other}; rule needs one of {ShopTouchpoint}, {HotlineTouchpoint}");
    }

    [Fact]
    public void Touchpoint_with_many_ids_finds_each_of_them()
    {
        var ids = Enumerable.Range(1, 40).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();
        var condition = new RuleCondition(ConditionKind.Touchpoint, ids.Select(id => id.ToString()).Reverse().ToArray());
        foreach (var id in ids)
            AssertMatches(condition, Input(touchpoint: id));
        Assert.Equal(RoutingOutcome.ChiefTouchpointOfficer, RouteOne(condition, Input(touchpoint: new Guid(41, 0, 0, new byte[8]))).Outcome);
    }

    [Fact]
    public void Channel_holds_for_a_listed_channel()
    {
        var condition = When(ConditionKind.Channel, "Hotline", "Store");
        AssertMatches(condition, Input(channel: Channel.Hotline));
        AssertMatches(condition, Input(channel: Channel.Store));
        AssertFails(condition, Input(channel: Channel.Web), "channel was Web; rule needs one of Hotline, Store");
    }

    [Fact]
    public void Journey_phase_holds_for_a_listed_phase()
    {
        var condition = When(ConditionKind.JourneyPhase, "AfterSales");
        AssertMatches(condition, Input(phase: JourneyPhase.AfterSales));
        AssertFails(condition, Input(phase: JourneyPhase.Usage), "journey phase was Usage; rule needs AfterSales");
    }

    [Fact]
    public void Category_holds_for_a_listed_category()
    {
        var condition = When(ConditionKind.Category, "ProductDefect", "DeliveryDelay");
        AssertMatches(condition, Input(category: ComplaintCategory.DeliveryDelay));
        AssertFails(condition, Input(category: ComplaintCategory.Billing), "category was Billing; rule needs one of ProductDefect, DeliveryDelay");
    }

    [Theory]
    [InlineData(Severity.Low, false)]
    [InlineData(Severity.Medium, false)]
    [InlineData(Severity.High, true)]
    [InlineData(Severity.Critical, true)]
    public void Minimum_severity_holds_at_that_severity_and_above(Severity severity, bool holds)
    {
        var condition = When(ConditionKind.MinimumSeverity, "High");
        if (holds)
            AssertMatches(condition, Input(severity: severity));
        else
            AssertFails(condition, Input(severity: severity), $"severity was {severity}; rule needs at least High");
    }

    [Fact]
    public void Customer_segment_holds_for_a_listed_segment()
    {
        var condition = When(ConditionKind.CustomerSegment, "Business", "KeyAccount");
        AssertMatches(condition, Input(segment: CustomerSegment.KeyAccount));
        AssertFails(condition, Input(segment: CustomerSegment.Private), "customer segment was Private; rule needs one of Business, KeyAccount");
    }

    [Fact]
    public void Text_contains_any_keyword_ignoring_case()
    {
        var condition = When(ConditionKind.TextContains, "Refund", "chargeback");
        AssertMatches(condition, Input(text: "I want a REFUND now"));
        AssertMatches(condition, Input(text: "my bank started a Chargeback"));
        AssertMatches(condition, Input(text: "refund"));
        AssertFails(condition, Input(text: "The parcel was late."), "text contains none of \"Refund\", \"chargeback\"");
        AssertFails(condition, Input(text: ""), "text contains none of \"Refund\", \"chargeback\"");
    }

    [Fact]
    public void Text_contains_finds_keywords_inside_words_overlapping_and_with_umlauts()
    {
        var condition = When(ConditionKind.TextContains, "fund");
        AssertMatches(condition, Input(text: "refunded"));
        AssertMatches(Keyword("ÜBERWEISUNG"), Input(text: "die überweisung fehlt"));
        AssertMatches(Keyword("straße"), Input(text: "STRAßE falsch"));
        AssertMatches(Keyword("late delivery"), Input(text: "a very LATE DELIVERY indeed"));
        // "abcd" must not be missed because the scan was inside "abcx" when it diverged (failure links).
        AssertMatches(Keyword("bcd"), Input(text: "abcxabcd"));
        AssertFails(Keyword("late delivery"), Input(text: "late  delivery"), "text contains none of \"late delivery\"");

        static RuleCondition Keyword(string keyword) => When(ConditionKind.TextContains, keyword);
    }

    [Fact]
    public void Enum_values_are_read_ignoring_case_and_surrounding_spaces()
    {
        AssertMatches(When(ConditionKind.Channel, " hotline "), Input(channel: Channel.Hotline));
        AssertMatches(When(ConditionKind.MinimumSeverity, "critical"), Input(severity: Severity.Critical));
    }
}
