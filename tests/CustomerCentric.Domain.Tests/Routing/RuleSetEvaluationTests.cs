using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Routing;
using static CustomerCentric.Domain.Tests.Routing.TestRules;

namespace CustomerCentric.Domain.Tests.Routing;

/// <summary>A rule set as a whole: all/any, order, disabled rules, fallbacks and the explanation of a decision.</summary>
public sealed class RuleSetEvaluationTests
{
    private static readonly Guid Billing = Guid.Parse("b0000000-0000-0000-0000-000000000001");
    private static readonly Guid Logistics = Guid.Parse("b0000000-0000-0000-0000-000000000002");
    private static readonly Guid KeyAccounts = Guid.Parse("b0000000-0000-0000-0000-000000000003");

    [Fact]
    public void All_needs_every_condition_and_reports_the_first_that_failed()
    {
        var rule = All("billing, high", Billing,
            When(ConditionKind.Category, "Billing"),
            When(ConditionKind.MinimumSeverity, "High"),
            When(ConditionKind.Channel, "Hotline"));

        Assert.Equal(Billing, Route([rule], Input(category: ComplaintCategory.Billing, severity: Severity.High, channel: Channel.Hotline)).OwnerId);

        var decision = Route([rule], Input(category: ComplaintCategory.Billing, severity: Severity.Low, channel: Channel.Web));
        var mismatch = Assert.Single(decision.Explanation);
        Assert.Equal(1, mismatch.ConditionIndex);
        Assert.Equal("severity was Low; rule needs at least High", mismatch.Reason);
    }

    [Fact]
    public void Any_needs_one_condition_and_explains_all_of_them_when_none_holds()
    {
        var rule = Any("key accounts or critical", KeyAccounts,
            When(ConditionKind.CustomerSegment, "KeyAccount"),
            When(ConditionKind.MinimumSeverity, "Critical"));

        Assert.Equal(KeyAccounts, Route([rule], Input(segment: CustomerSegment.KeyAccount, severity: Severity.Low)).OwnerId);
        Assert.Equal(KeyAccounts, Route([rule], Input(segment: CustomerSegment.Private, severity: Severity.Critical)).OwnerId);

        var decision = Route([rule], Input(segment: CustomerSegment.Private, severity: Severity.High));
        var mismatch = Assert.Single(decision.Explanation);
        Assert.Equal(0, mismatch.ConditionIndex);
        Assert.Equal(
            "none of its 2 conditions held: customer segment was Private; rule needs KeyAccount | severity was High; rule needs at least Critical",
            mismatch.Reason);
    }

    [Fact]
    public void First_matching_rule_wins_even_when_a_later_one_matches_too()
    {
        var first = All("billing", Billing, When(ConditionKind.Category, "Billing"));
        var second = All("everything on the web", Logistics, When(ConditionKind.Channel, "Web"));
        var input = Input(category: ComplaintCategory.Billing, channel: Channel.Web);

        var decision = Route([first, second], input);
        Assert.Equal(first.Id, decision.MatchedRuleId);
        Assert.Equal("billing", decision.MatchedRuleName);
        Assert.Equal(Billing, decision.OwnerId);

        Assert.Equal(second.Id, Route([second, first], input).MatchedRuleId);
    }

    [Fact]
    public void Disabled_rules_are_skipped_and_not_explained()
    {
        var disabled = All("disabled billing", KeyAccounts, When(ConditionKind.Category, "Billing")) with { Enabled = false };
        var delivery = All("delivery", Logistics, When(ConditionKind.Category, "DeliveryDelay"));
        var billing = All("billing", Billing, When(ConditionKind.Category, "Billing"));

        var decision = Route([disabled, delivery, billing], Input(category: ComplaintCategory.Billing));

        Assert.Equal(billing.Id, decision.MatchedRuleId);
        var mismatch = Assert.Single(decision.Explanation);
        Assert.Equal(delivery.Id, mismatch.RuleId);
    }

    [Fact]
    public void No_match_goes_to_the_active_default_owner()
    {
        var decision = Route([All("delivery", Logistics, When(ConditionKind.Category, "DeliveryDelay"))], Input(), WithDefaultOwner);
        Assert.Equal(RoutingOutcome.TouchpointDefaultOwner, decision.Outcome);
        Assert.Equal(DefaultOwner, decision.OwnerId);
        Assert.Null(decision.MatchedRuleId);
        Assert.Null(decision.MatchedRuleName);
    }

    [Fact]
    public void No_match_and_no_default_owner_goes_to_the_chief_touchpoint_officer()
    {
        var decision = Route([All("delivery", Logistics, When(ConditionKind.Category, "DeliveryDelay"))], Input(), ChiefOnly);
        Assert.Equal(RoutingOutcome.ChiefTouchpointOfficer, decision.Outcome);
        Assert.Equal(Chief, decision.OwnerId);
    }

    [Fact]
    public void Fallbacks_from_owners_skip_an_inactive_default_owner()
    {
        var chief = Owners.TouchpointOwnerTests.Chief();
        var active = Owners.TouchpointOwnerTests.Owner("Dana");
        var inactive = Owners.TouchpointOwnerTests.Owner("Ina");
        inactive.Deactivate();

        Assert.Equal(new RoutingFallbacks(active.Id, chief.Id), RoutingFallbacks.From(active, chief));
        Assert.Equal(new RoutingFallbacks(null, chief.Id), RoutingFallbacks.From(inactive, chief));
        Assert.Equal(new RoutingFallbacks(null, chief.Id), RoutingFallbacks.From(null, chief));
        Assert.Equal(chief.Id, Route([], Input(), RoutingFallbacks.From(inactive, chief)).OwnerId);
        Assert.Throws<DomainException>(() => RoutingFallbacks.From(active, active));
    }

    [Fact]
    public void Routing_without_a_chief_touchpoint_officer_is_refused()
    {
        Assert.Throws<DomainException>(() => Route([], Input(), new RoutingFallbacks(null, Guid.Empty)));
        Assert.Throws<DomainException>(() => Route([], Input(), new RoutingFallbacks(Guid.Empty, Chief)));
    }

    [Fact]
    public void Explanation_lists_every_earlier_enabled_rule_with_its_first_failed_condition()
    {
        var rules = new[]
        {
            All("defects", Logistics, When(ConditionKind.Category, "ProductDefect", "DeliveryDelay")),
            All("hotline billing", Billing, When(ConditionKind.Category, "Billing"), When(ConditionKind.Channel, "Hotline")),
            All("angry", KeyAccounts, When(ConditionKind.TextContains, "furious", "lawyer")),
            All("billing", Billing, When(ConditionKind.Category, "Billing")),
            All("never reached", Logistics, When(ConditionKind.Channel, "Web")),
        };

        var decision = RuleSetCompiler.Compile(rules, version: 12).Evaluate(Input(category: ComplaintCategory.Billing, channel: Channel.Web), ChiefOnly, At);

        Assert.Equal(12, decision.RuleSetVersion);
        Assert.Equal(rules[3].Id, decision.MatchedRuleId);
        Assert.Equal(At, decision.DecidedAt);
        Assert.Equal(
            [
                new RuleMismatch(rules[0].Id, "defects", 0, "category was Billing; rule needs one of ProductDefect, DeliveryDelay"),
                new RuleMismatch(rules[1].Id, "hotline billing", 1, "channel was Web; rule needs Hotline"),
                new RuleMismatch(rules[2].Id, "angry", 0, "text contains none of \"furious\", \"lawyer\""),
            ],
            decision.Explanation.ToArray());
        Assert.Equal(3, decision.Explanation.Count);
        Assert.Equal("channel was Web; rule needs Hotline", decision.Explanation[1].Reason);
    }

    [Fact]
    public void Explanation_covers_every_enabled_rule_when_a_fallback_decided()
    {
        var rules = Enumerable.Range(0, 5)
            .Select(i => All($"rule {i}", Billing, When(ConditionKind.MinimumSeverity, "Critical")) with { Enabled = i != 2 })
            .ToArray();
        var decision = Route(rules, Input(severity: Severity.Low));
        Assert.Equal(["rule 0", "rule 1", "rule 3", "rule 4"], decision.Explanation.Select(m => m.RuleName));
    }

    [Fact]
    public void Empty_rule_set_routes_to_fallbacks_and_has_no_version()
    {
        var decision = CompiledRuleSet.Empty.Evaluate(Input(), WithDefaultOwner, At);
        Assert.Null(decision.RuleSetVersion);
        Assert.Equal(DefaultOwner, decision.OwnerId);
        Assert.Empty(decision.Explanation);
    }

    [Fact]
    public void A_published_version_compiles_with_its_number()
    {
        var draft = RuleSetDraft.CreateEmpty("admin", At);
        draft.AddRule(All("billing", Billing, When(ConditionKind.Category, "Billing")), "admin", At);
        var compiled = RuleSetCompiler.Compile(draft.Publish(3, "admin", At));
        Assert.Equal(3, compiled.Version);
        Assert.Equal(3, compiled.Evaluate(Input(), ChiefOnly, At).RuleSetVersion);
    }

    [Fact]
    public void Compiling_an_invalid_rule_set_names_every_problem()
    {
        var rules = new[]
        {
            All("no conditions", Billing),
            All("bad severity", Billing, When(ConditionKind.MinimumSeverity, "High", "Low")),
        };
        var error = Assert.Throws<InvalidRoutingRuleException>(() => RuleSetCompiler.Compile(rules, version: 1));
        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("Rule 'no conditions': the rule has no conditions", error.Message);
        Assert.Contains("Rule 'bad severity', condition 1: MinimumSeverity needs exactly one value (had 2).", error.Message);
    }

    [Fact]
    public void Input_outside_the_enums_or_without_text_is_an_error()
    {
        var compiled = RuleSetCompiler.Compile([All("billing", Billing, When(ConditionKind.Category, "Billing"))], version: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => compiled.Evaluate(Input(channel: (Channel)42), ChiefOnly, At));
        Assert.Throws<ArgumentOutOfRangeException>(() => compiled.Evaluate(Input(severity: (Severity)(-1)), ChiefOnly, At));
        Assert.Throws<ArgumentException>(() => compiled.Evaluate(Input(text: null!), ChiefOnly, At));
    }

    [Fact]
    public void Rule_set_with_more_keywords_than_fit_on_the_stack_still_finds_them()
    {
        var rules = Enumerable.Range(0, 5000)
            .Select(i => All($"keyword {i}", new Guid(i + 1, 0, 0, new byte[8]), When(ConditionKind.TextContains, $"kw{i:D5}x")))
            .ToArray();
        var compiled = RuleSetCompiler.Compile(rules, version: 1);
        var decision = compiled.Evaluate(Input(text: "prefix KW04321X suffix"), ChiefOnly, At);
        Assert.Equal(rules[4321].Id, decision.MatchedRuleId);
        Assert.Equal(4321, decision.Explanation.Count);
    }
}
