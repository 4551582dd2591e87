using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Routing;

/// <summary>Two admins on one draft: the second save based on a draft that changed meanwhile is refused, never silently lost.</summary>
public sealed class DraftConcurrencyTests(AdminApp app) : IClassFixture<AdminApp>
{
    private const string SecondAdminEmail = "grace@customercentric.test";
    private const string SecondAdminPassword = "Second-Admin-42";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_admins_edit_one_rule_the_second_save_is_refused_with_a_reload_message_and_the_first_edit_stays()
    {
        var (company, rule) = await ArrangeAsync("rule");
        using var ada = await app.SignedInAsync();
        using var grace = await SecondAdminAsync();
        var adaEditor = await ada.GetPageAsync($"/Routing/Rule?id={rule.Id}");
        var graceEditor = await grace.GetPageAsync($"/Routing/Rule?id={rule.Id}");

        using var first = await ada.SubmitAsync($"/Routing/Rule?id={rule.Id}", Form(adaEditor), ("Input.Name", "Ada's name"));
        using var second = await grace.SubmitAsync($"/Routing/Rule?id={rule.Id}", Form(graceEditor), ("Input.Name", "Grace's name"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.PageAsync();
        var alert = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("changed by someone else", alert, StringComparison.Ordinal);
        Assert.Contains("Reload the page", alert, StringComparison.Ordinal);
        // Grace's entry is still on her page, so nothing she typed is lost.
        Assert.Equal("Grace's name", page.QuerySelector<IHtmlInputElement>("#Input_Name")!.Value);
        var stored = await DraftAsync();
        Assert.Equal("Ada's name", stored.Rules.Single(r => r.Id == rule.Id).Name);
        Assert.Single(await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "RoutingRule" && e.Action == "Updated").ToListAsync(Ct)));
        _ = company;
    }

    [Fact]
    public async Task A_reorder_or_publish_from_a_stale_draft_page_is_refused_and_the_page_shows_the_draft_as_it_is_now()
    {
        var (company, rule) = await ArrangeAsync("list");
        using var ada = await app.SignedInAsync();
        using var grace = await SecondAdminAsync();
        var graceList = await grace.GetPageAsync("/Routing");

        // Ada adds a rule; Grace's page still shows the draft before it.
        using var added = await ada.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", "Added by Ada"), ("Input.TargetOwnerId", company.Hugo.Id.ToString()), .. RuleFields.Condition(0, ConditionKind.Channel, "Chat")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var versionAfterAda = (await DraftAsync()).Version;

        var publishForm = (IHtmlFormElement)graceList.QuerySelector("main form[action*=Publish]")!;
        using var publish = await grace.SubmitAsync("/Routing", publishForm, ("Note", "Grace publishes what she saw"));

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var page = await publish.PageAsync();
        Assert.Contains("changed by someone else", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Added by Ada", page.QuerySelector("table.rules")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(versionAfterAda.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name=DraftVersion]")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.RuleSetVersions.CountAsync(Ct)));

        using var move = await grace.SubmitAsync("/Routing", (IHtmlFormElement)graceList.QuerySelector("main form[action*=Move]")!, ("direction", "down"));
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        Assert.Contains("changed by someone else", (await move.PageAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(versionAfterAda, (await DraftAsync()).Version);
        _ = rule;
    }

    private async Task<(SmallCompany Company, RoutingRule Rule)> ArrangeAsync(string tag)
    {
        var company = await SmallCompany.CreateAsync(app, tag);
        var rule = new RoutingRule(Guid.CreateVersion7(), $"Hotline {tag}", true, ConditionMatch.All, [RuleCondition.Of(ConditionKind.Channel, "Hotline")], company.Hugo.Id);
        await DraftRules.AddAsync(app, rule, index: 0);
        return (company, rule);
    }

    private async Task<AdminClient> SecondAdminAsync()
    {
        var exists = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM admin_users WHERE email = {0}", SecondAdminEmail).SingleAsync(Ct));
        if (exists == 0)
        {
            await app.CreateUserAsync(SecondAdminEmail, SecondAdminPassword, "Admin");
        }

        return await app.SignedInAsync(SecondAdminEmail, SecondAdminPassword);
    }

    private Task<RuleSetDraft> DraftAsync() => app.WithDbAsync(db => db.RuleSetDrafts.AsNoTracking().SingleAsync(Ct));

    private static IHtmlFormElement Form(IHtmlDocument page) => (IHtmlFormElement)page.QuerySelector("main form")!;
}
