using CustomerCentric.Domain.Routing;
using static CustomerCentric.Domain.Tests.Routing.TestRules;

namespace CustomerCentric.Domain.Tests.Routing;

public sealed class RoutingRuleValidatorTests
{
    private static readonly Guid Owner = Guid.Parse("b0000000-0000-0000-0000-000000000001");

    private static string OnlyError(RoutingRule rule) => Assert.Single(RoutingRuleValidator.Validate(rule)).ToString();

    [Fact]
    public void A_sensible_rule_has_no_errors()
    {
        var rule = All("billing", Owner,
            When(ConditionKind.Touchpoint, Guid.NewGuid().ToString()),
            When(ConditionKind.Channel, "Web", "App"),
            When(ConditionKind.JourneyPhase, "Purchase"),
            When(ConditionKind.Category, "Billing"),
            When(ConditionKind.MinimumSeverity, "High"),
            When(ConditionKind.CustomerSegment, "KeyAccount"),
            When(ConditionKind.TextContains, "refund", "chargeback"));
        Assert.Empty(RoutingRuleValidator.Validate(rule));
        RoutingRuleValidator.EnsureValid(rule);
    }

    [Fact]
    public void Rule_without_conditions_is_rejected() =>
        Assert.Equal("Rule 'empty': the rule has no conditions; add at least one.", OnlyError(All("empty", Owner)));

    [Fact]
    public void Condition_without_values_is_rejected() =>
        Assert.Equal("Rule 'r', condition 1: Category needs at least one value.", OnlyError(All("r", Owner, When(ConditionKind.Category))));

    [Theory]
    [InlineData(new string[0], "MinimumSeverity needs at least one value.")]
    [InlineData(new[] { "High", "Low" }, "MinimumSeverity needs exactly one value (had 2).")]
    [InlineData(new[] { "Urgent" }, "'Urgent' is not a MinimumSeverity name (allowed: Low, Medium, High, Critical).")]
    [InlineData(new[] { "2" }, "'2' is not a MinimumSeverity name (allowed: Low, Medium, High, Critical).")]
    public void Minimum_severity_needs_exactly_one_known_severity(string[] values, string message) =>
        Assert.Equal($"Rule 'r', condition 1: {message}", OnlyError(All("r", Owner, new RuleCondition(ConditionKind.MinimumSeverity, values))));

    [Theory]
    [InlineData(ConditionKind.Channel, "Fax", "'Fax' is not a Channel name (allowed: Web, App, Store, Hotline, Email, Chat, Social, Delivery, Invoice, FieldService).")]
    [InlineData(ConditionKind.JourneyPhase, "Onboarding", "'Onboarding' is not a JourneyPhase name (allowed: Awareness, Purchase, Usage, AfterSales).")]
    [InlineData(ConditionKind.Category, "Weather", "'Weather' is not a Category name (allowed: ProductDefect, DeliveryDelay, Billing, StaffBehaviour, ServiceOutage, DataPrivacy, Other).")]
    [InlineData(ConditionKind.CustomerSegment, "Vip", "'Vip' is not a CustomerSegment name (allowed: Private, Business, KeyAccount).")]
    [InlineData(ConditionKind.Touchpoint, "web-shop", "'web-shop' is not a touchpoint id (a GUID).")]
    [InlineData(ConditionKind.Touchpoint, "00000000-0000-0000-0000-000000000000", "'00000000-0000-0000-0000-000000000000' is not a touchpoint id (a GUID).")]
    [InlineData(ConditionKind.TextContains, " ", "TextContains has an empty value.")]
    public void Unknown_names_malformed_ids_and_blank_keywords_are_rejected(ConditionKind kind, string value, string message) =>
        Assert.Equal($"Rule 'r', condition 1: {message}", OnlyError(All("r", Owner, When(kind, value))));

    [Fact]
    public void Unknown_condition_kind_and_match_are_rejected()
    {
        Assert.Equal("Rule 'r', condition 1: unknown condition kind 99 (allowed: Touchpoint, Channel, JourneyPhase, Category, MinimumSeverity, CustomerSegment, TextContains).",
            OnlyError(All("r", Owner, When((ConditionKind)99, "x"))));
        Assert.Equal("Rule 'r': match must be All or Any (was 5).",
            OnlyError(All("r", Owner, When(ConditionKind.Channel, "Web")) with { Match = (ConditionMatch)5 }));
    }

    [Fact]
    public void Missing_id_name_and_target_are_each_reported()
    {
        var rule = new RoutingRule(Guid.Empty, " ", true, ConditionMatch.All, [When(ConditionKind.Channel, "Web")], Guid.Empty);
        Assert.Equal(
            ["Rule '(unnamed)': the rule needs an id.", "Rule '(unnamed)': the rule needs a name.", "Rule '(unnamed)': the rule needs a target owner."],
            RoutingRuleValidator.Validate(rule).Select(e => e.ToString()));
    }

    [Fact]
    public void Every_bad_condition_of_a_rule_is_reported_with_its_position()
    {
        var rule = All("r", Owner, When(ConditionKind.Channel, "Web"), When(ConditionKind.Channel, "Fax"), When(ConditionKind.Category, "Nope"));
        Assert.Equal([1, 2], RoutingRuleValidator.Validate(rule).Select(e => e.ConditionIndex));
    }

    [Fact]
    public void A_rule_set_may_not_use_a_rule_id_twice()
    {
        var rule = All("r", Owner, When(ConditionKind.Channel, "Web"));
        var error = Assert.Single(RoutingRuleValidator.ValidateAll([rule, rule with { Name = "copy" }]));
        Assert.Equal($"Rule 'copy': the id {rule.Id} is used by more than one rule.", error.ToString());
    }

    [Fact]
    public void EnsureValid_throws_with_all_errors()
    {
        var error = Assert.Throws<InvalidRoutingRuleException>(() => RoutingRuleValidator.EnsureValid(All("r", Guid.Empty)));
        Assert.Equal(2, error.Errors.Count);
    }
}
