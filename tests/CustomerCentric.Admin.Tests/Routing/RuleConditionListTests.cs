using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Routing;

/// <summary>The rule editor holds a list of conditions, several of one kind included, and gives back every rule it is given.</summary>
public sealed class RuleConditionListTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rule_with_two_conditions_of_one_kind_is_saved_and_comes_back_unchanged_through_the_editor()
    {
        var company = await SmallCompany.CreateAsync(app, "twice");
        using var admin = await app.SignedInAsync();

        using var saved = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", "Refund on the invoice"), ("Input.TargetOwnerId", company.Wanda.Id.ToString()), ("Input.Match", "All"),
             .. RuleFields.Condition(0, ConditionKind.TextContains, "refund", "money back"),
             .. RuleFields.Condition(1, ConditionKind.TextContains, "invoice"),
             .. RuleFields.Condition(2, ConditionKind.Channel, "Web", "Email"),
             .. RuleFields.Condition(3, ConditionKind.Channel, "Web")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rule = (await DraftRulesAsync()).Single(r => r.Name == "Refund on the invoice");
        Assert.Equal(
            [(ConditionKind.TextContains, "refund|money back"), (ConditionKind.TextContains, "invoice"), (ConditionKind.Channel, "Web|Email"), (ConditionKind.Channel, "Web")],
            rule.Conditions.Select(c => (c.Kind, string.Join('|', c.Values))));

        // Opened and saved again without a change: the same rule, condition by condition.
        var editor = await admin.GetPageAsync($"/Routing/Rule?id={rule.Id}");
        Assert.Equal(4, editor.QuerySelectorAll("li.condition").Length);
        using var again = await admin.SubmitAsync($"/Routing/Rule?id={rule.Id}", (IHtmlFormElement)editor.QuerySelector("main form")!);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        AssertSameRule(rule, (await DraftRulesAsync()).Single(r => r.Id == rule.Id));
    }

    [Fact]
    public async Task Whatever_the_domain_allows_survives_the_editor_keywords_with_spaces_and_commas_and_any_spelling_of_names()
    {
        var company = await SmallCompany.CreateAsync(app, "odd");
        var stored = new RoutingRule(Guid.CreateVersion7(), "Odd but valid", Enabled: false, ConditionMatch.Any,
            [
                RuleCondition.Of(ConditionKind.Channel, "hotline", "CHAT"),
                RuleCondition.Of(ConditionKind.TextContains, " tv ", "money, back"),
                RuleCondition.Of(ConditionKind.TextContains, "refund"),
                RuleCondition.Of(ConditionKind.MinimumSeverity, "high"),
                RuleCondition.Of(ConditionKind.Touchpoint, company.Hotline.Id.ToString().ToUpperInvariant()),
                RuleCondition.Of(ConditionKind.CustomerSegment, "KeyAccount"),
                RuleCondition.Of(ConditionKind.CustomerSegment, "Business"),
            ],
            company.Hugo.Id);
        await DraftRules.AddAsync(app, stored);
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync($"/Routing/Rule?id={stored.Id}", "main form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = stored with
        {
            Conditions =
            [
                RuleCondition.Of(ConditionKind.Channel, "Hotline", "Chat"),
                RuleCondition.Of(ConditionKind.TextContains, " tv ", "money, back"),
                RuleCondition.Of(ConditionKind.TextContains, "refund"),
                RuleCondition.Of(ConditionKind.MinimumSeverity, "High"),
                RuleCondition.Of(ConditionKind.Touchpoint, company.Hotline.Id.ToString()),
                RuleCondition.Of(ConditionKind.CustomerSegment, "KeyAccount"),
                RuleCondition.Of(ConditionKind.CustomerSegment, "Business"),
            ],
        };
        AssertSameRule(expected, (await DraftRulesAsync()).Single(r => r.Id == stored.Id));
    }

    [Fact]
    public async Task Add_condition_and_remove_show_the_form_again_with_everything_entered_and_change_nothing_stored()
    {
        var company = await SmallCompany.CreateAsync(app, "list");
        using var admin = await app.SignedInAsync();
        var before = await DraftRulesAsync();
        (string, string)[] entered =
            [("Input.Name", "Work in progress"), ("Input.TargetOwnerId", company.Hugo.Id.ToString()),
             .. RuleFields.Condition(0, ConditionKind.Channel, "Hotline"), .. RuleFields.Condition(1, ConditionKind.TextContains, "broken")];

        using var added = await admin.SubmitToAsync("/Routing/Rule?handler=AddCondition", "/Routing/Rule", "main form", [.. entered, ("NewKind", "TextContains")]);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var page = await added.PageAsync();
        var conditions = page.QuerySelectorAll("li.condition");
        Assert.Equal(3, conditions.Length);
        Assert.Contains("Text contains any of", conditions[2].QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Work in progress", page.QuerySelector<IHtmlInputElement>("#Input_Name")!.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>("li.condition input[name='Input.Conditions[0].Values'][value=Hotline]")!.IsChecked);
        Assert.Equal("broken", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Conditions[1].Keywords']")!.Value);

        using var removed = await admin.SubmitToAsync("/Routing/Rule?handler=RemoveCondition&index=0", (IHtmlFormElement)page.QuerySelector("main form")!);

        var after = await removed.PageAsync();
        var left = after.QuerySelectorAll("li.condition legend").Select(l => l.TextContent).ToList();
        Assert.Equal(2, left.Count);
        Assert.All(left, legend => Assert.Contains("Text contains any of", legend, StringComparison.Ordinal));
        Assert.Equal("broken", after.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Conditions[0].Keywords']")!.Value);
        Assert.Equal(before.Select(r => r.Id), (await DraftRulesAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Bad_conditions_are_refused_with_a_message_at_each_and_the_entries_stay_on_the_page()
    {
        var company = await SmallCompany.CreateAsync(app, "bad");
        using var admin = await app.SignedInAsync();
        var before = await DraftRulesAsync();

        using var response = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", "Half done"), ("Input.TargetOwnerId", company.Hugo.Id.ToString()),
             .. RuleFields.Condition(0, ConditionKind.TextContains, "keep me"),
             ("Input.Conditions[1].Kind", "Channel"),
             .. RuleFields.Condition(2, ConditionKind.Channel, "Hotlinex"),
             .. RuleFields.Condition(3, ConditionKind.MinimumSeverity, "High", "Low"),
             .. RuleFields.Condition(4, ConditionKind.Touchpoint, Guid.NewGuid().ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.PageAsync();
        Assert.Equal("", page.FieldError("Input.Conditions[0]"));
        Assert.Contains("choose at least one value", page.FieldError("Input.Conditions[1]"), StringComparison.Ordinal);
        Assert.Contains("'Hotlinex' is not a Channel name", page.FieldError("Input.Conditions[2]"), StringComparison.Ordinal);
        Assert.Contains("exactly one value", page.FieldError("Input.Conditions[3]"), StringComparison.Ordinal);
        Assert.Contains("there is no touchpoint", page.FieldError("Input.Conditions[4]"), StringComparison.Ordinal);
        Assert.Equal("keep me", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Conditions[0].Keywords']")!.Value);
        // The unknown value is shown (checked) so that correcting it is a choice, not a surprise.
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Input.Conditions[2].Values'][value=Hotlinex]")!.IsChecked);
        Assert.Equal(before.Count, (await DraftRulesAsync()).Count);
    }

    [Theory]
    [InlineData("Input.Conditions[0].Kind", "999")]
    [InlineData("Input.Conditions[0].Kind", "<script>")]
    [InlineData("Input.Match", "7")]
    [InlineData("Input.TargetOwnerId", "not-a-guid")]
    [InlineData("DraftVersion", "many")]
    [InlineData("Input.Conditions[0].Values", "")]
    public async Task Hostile_input_gets_a_page_with_a_message_never_a_server_error(string field, string value)
    {
        var company = await SmallCompany.CreateAsync(app, $"hostile{Math.Abs(field.GetHashCode() ^ value.GetHashCode())}");
        using var admin = await app.SignedInAsync();
        var before = await DraftRulesAsync();

        (string Name, string Value)[] valid = [("Input.Name", "Hostile"), ("Input.TargetOwnerId", company.Hugo.Id.ToString()), .. RuleFields.Condition(0, ConditionKind.Channel, "Hotline")];

        using var response = await admin.SubmitAsync("/Routing/Rule", "main form", [.. valid.Where(f => f.Name != field), (field, value)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.PageAsync();
        Assert.Contains(page.QuerySelectorAll(".field-error, [role=alert]"), e => e.TextContent.Trim().Length > 0);
        Assert.Equal(before.Count, (await DraftRulesAsync()).Count);
    }

    [Fact]
    public async Task A_very_long_name_and_a_flood_of_values_are_refused_with_messages()
    {
        var company = await SmallCompany.CreateAsync(app, "flood");
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", new string('x', 5000)), ("Input.TargetOwnerId", company.Hugo.Id.ToString()),
             .. RuleFields.Condition(0, ConditionKind.TextContains, [.. Enumerable.Range(0, 300).Select(i => $"word{i}")])]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.PageAsync();
        Assert.Equal("The name is at most 200 characters.", page.FieldError("Input.Name"));
        Assert.Contains("at most 200 are allowed", page.FieldError("Input.Conditions[0]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_move_without_a_direction_or_with_an_unknown_one_is_answered_with_a_message_not_a_server_error()
    {
        var company = await SmallCompany.CreateAsync(app, "move");
        using var admin = await app.SignedInAsync();
        await SimulatorTests.AddRuleAsync(admin, "Move me", company.Hugo.Id, [.. RuleFields.Condition(0, ConditionKind.Channel, "Store")]);
        var rule = (await DraftRulesAsync()).Single(r => r.Name == "Move me");

        using var missing = await admin.PostAsync("/Routing?handler=Move", "/Routing", ("ruleId", rule.Id.ToString()));
        using var sideways = await admin.PostAsync("/Routing?handler=Move", "/Routing", ("ruleId", rule.Id.ToString()), ("direction", "sideways"));
        using var garbage = await admin.PostAsync("/Routing?handler=Move", "/Routing", ("ruleId", "not-a-guid"), ("direction", "up"));

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("direction", (await missing.PageAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, sideways.StatusCode);
        Assert.Contains("Unknown direction 'sideways': a rule moves up or down.", (await sideways.PageAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(rule.Id, (await DraftRulesAsync()).Single(r => r.Name == "Move me").Id);
        Assert.True(garbage.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"answered {(int)garbage.StatusCode}");
    }

    private static void AssertSameRule(RoutingRule expected, RoutingRule actual)
    {
        Assert.Equal((expected.Id, expected.Name, expected.Enabled, expected.Match, expected.TargetOwnerId), (actual.Id, actual.Name, actual.Enabled, actual.Match, actual.TargetOwnerId));
        Assert.Equal(expected.Conditions.Select(c => (c.Kind, Values: string.Join('|', c.Values))), actual.Conditions.Select(c => (c.Kind, Values: string.Join('|', c.Values))));
    }

    private Task<IReadOnlyList<RoutingRule>> DraftRulesAsync() =>
        app.WithDbAsync(async db => (await db.RuleSetDrafts.AsNoTracking().FirstOrDefaultAsync(Ct))?.Rules ?? []);
}
