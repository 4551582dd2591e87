using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Routing;

public sealed class RuleEditingTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_adds_rules_to_the_draft_reorders_them_and_every_step_is_audited()
    {
        var company = await SmallCompany.CreateAsync(app, "edit");
        using var admin = await app.SignedInAsync();

        using var first = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", "Critical hotline"), ("Input.TargetOwnerId", company.Hugo.Id.ToString()), ("Input.Match", "All"),
            .. RuleFields.Condition(0, ConditionKind.Channel, "Hotline"), .. RuleFields.Condition(1, ConditionKind.MinimumSeverity, "Critical")]);
        using var second = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", "Refunds"), ("Input.TargetOwnerId", company.Wanda.Id.ToString()), ("Input.Match", "Any"),
            .. RuleFields.Condition(0, ConditionKind.Category, "Billing"), .. RuleFields.Condition(1, ConditionKind.TextContains, "refund", "money back"), .. RuleFields.Condition(2, ConditionKind.Touchpoint, company.WebShop.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var rules = await DraftRulesAsync();
        Assert.Equal(["Critical hotline", "Refunds"], rules.Select(r => r.Name));
        Assert.Equal(
            [RuleCondition.Of(ConditionKind.Category, "Billing"), RuleCondition.Of(ConditionKind.TextContains, "refund", "money back"), RuleCondition.Of(ConditionKind.Touchpoint, company.WebShop.Id.ToString())],
            rules[1].Conditions, new ConditionComparer());
        Assert.Equal(ConditionMatch.Any, rules[1].Match);

        using var moved = await admin.PostAsync("/Routing?handler=Move", "/Routing", ("ruleId", rules[1].Id.ToString()), ("direction", "up"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["Refunds", "Critical hotline"], (await DraftRulesAsync()).Select(r => r.Name));

        var page = await admin.GetPageAsync("/Routing");
        var rows = page.QuerySelectorAll("table.rules tbody tr");
        Assert.Contains("category is Billing", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains($"touchpoint is Web shop edit", rows[0].TextContent, StringComparison.Ordinal);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "RoutingRule").OrderBy(e => e.At).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal(["Added", "Added", "MovedUp"], actions);
    }

    [Fact]
    public async Task A_rule_without_conditions_or_target_is_refused_with_messages_at_the_fields()
    {
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/Routing/Rule", "main form", ("Input.Name", "Catch all"), ("Input.TargetOwnerId", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.PageAsync();
        Assert.Contains("at least one condition", page.FieldError("Input.Conditions"), StringComparison.Ordinal);
        Assert.Equal("Choose the owner who gets the complaints this rule catches.", page.FieldError("Input.TargetOwnerId"));
    }

    private Task<IReadOnlyList<RoutingRule>> DraftRulesAsync() =>
        app.WithDbAsync(async db => (await db.RuleSetDrafts.AsNoTracking().SingleAsync(Ct)).Rules);

    private sealed class ConditionComparer : IEqualityComparer<RuleCondition>
    {
        public bool Equals(RuleCondition? x, RuleCondition? y) => x!.Kind == y!.Kind && x.Values.SequenceEqual(y.Values);

        public int GetHashCode(RuleCondition obj) => obj.Kind.GetHashCode();
    }
}
