using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Complaints;

namespace CustomerCentric.Admin.Tests.Routing;

public sealed class SimulatorTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task The_simulator_names_the_rule_that_routes_a_complaint_and_why_each_earlier_rule_did_not_match()
    {
        var company = await SmallCompany.CreateAsync(app, "sim");
        using var admin = await app.SignedInAsync();
        await AddRuleAsync(admin, "Critical only", company.Wanda.Id, [.. RuleFields.Condition(0, ConditionKind.MinimumSeverity, "Critical")]);
        await AddRuleAsync(admin, "Refund talk", company.Hugo.Id, [.. RuleFields.Condition(0, ConditionKind.TextContains, "refund")]);

        using var viewer = await app.SignedInAsViewerAsync();
        var page = await viewer.GetPageAsync(
            $"/Routing/Simulate?TouchpointId={company.WebShop.Id}&Category=Billing&Severity=Low&Segment=Private&Text=I+want+a+REFUND+now&RuleSet=draft");

        var result = page.QuerySelector("section.result")!;
        Assert.Equal("Refund talk", result.QuerySelector(".matched-rule")!.TextContent);
        Assert.Contains("Routed to Hugo Hotline sim", result.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var why = Assert.Single(result.QuerySelectorAll(".explanation li"));
        Assert.Contains("Critical only", why.TextContent, StringComparison.Ordinal);
        Assert.Contains("severity was Low; rule needs at least Critical", why.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_matching_rule_the_simulator_shows_the_touchpoint_default_owner()
    {
        var company = await SmallCompany.CreateAsync(app, "fallback");
        using var admin = await app.SignedInAsync();

        var page = await admin.GetPageAsync($"/Routing/Simulate?TouchpointId={company.Hotline.Id}&Category=Other&Severity=Low&Segment=Business&Text=meh&RuleSet=published");

        var result = page.QuerySelector("section.result")!;
        Assert.Contains("Routed to Hugo Hotline fallback", result.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("default owner", result.QuerySelector(".because")!.TextContent, StringComparison.Ordinal);
    }

    internal static async Task AddRuleAsync(AdminClient admin, string name, Guid owner, params (string, string)[] conditions)
    {
        using var response = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", name), ("Input.TargetOwnerId", owner.ToString()), .. conditions]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
