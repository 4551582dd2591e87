using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Admin.Tests.Routing;

public sealed class RuleAnalysisTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task Rule_analysis_finds_a_shadowed_rule_an_uncovered_touchpoint_and_an_inactive_target()
    {
        var company = await SmallCompany.CreateAsync(app, "analysis");
        await app.WithDbAsync(async db =>
        {
            var touchpoint = CustomerCentric.Domain.Touchpoints.Touchpoint.Create("Orphan store", null, CustomerCentric.Domain.Customers.Channel.Store, CustomerCentric.Domain.Touchpoints.JourneyPhase.Purchase);
            db.Touchpoints.Add(touchpoint);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        using var admin = await app.SignedInAsync();
        await SimulatorTests.AddRuleAsync(admin, "All hotline", company.Hugo.Id, [.. RuleFields.Condition(0, ConditionKind.Channel, "Hotline")]);
        await SimulatorTests.AddRuleAsync(admin, "Critical hotline", company.Wanda.Id, [.. RuleFields.Condition(0, ConditionKind.Channel, "Hotline"), .. RuleFields.Condition(1, ConditionKind.MinimumSeverity, "Critical")]);
        await SimulatorTests.AddRuleAsync(admin, "Web refunds", company.Wanda.Id, [.. RuleFields.Condition(0, ConditionKind.Channel, "Web"), .. RuleFields.Condition(1, ConditionKind.TextContains, "refund")]);
        await app.WithDbAsync(async db =>
        {
            var wanda = await db.TouchpointOwners.FindAsync([company.Wanda.Id], TestContext.Current.CancellationToken);
            wanda!.Deactivate();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var page = await admin.GetPageAsync("/Routing/Analysis");

        var shadowed = page.QuerySelector("#shadowed")!.TextContent;
        Assert.Contains("Critical hotline: every complaint it would catch is caught first by 'All hotline'", shadowed, StringComparison.Ordinal);
        Assert.DoesNotContain("Web refunds:", shadowed, StringComparison.Ordinal);
        Assert.Contains("Orphan store", page.QuerySelector("#uncovered")!.TextContent, StringComparison.Ordinal);
        // The web shop's default owner (Wanda) left, but the refunds rule can still catch its complaints.
        Assert.DoesNotContain("Web shop analysis", page.QuerySelector("#uncovered")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Web refunds", page.QuerySelector("#inactive-targets")!.TextContent, StringComparison.Ordinal);
    }
}
