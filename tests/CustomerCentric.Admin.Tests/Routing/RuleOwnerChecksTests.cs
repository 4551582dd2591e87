using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Routing;

/// <summary>
/// Owner checks on the draft. A class of its own: the draft is one per database and every test class gets its own
/// database, so these edits cannot change what <see cref="RuleEditingTests"/> finds in the draft, whatever the test order.
/// </summary>
public sealed class RuleOwnerChecksTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_inactive_owner_cannot_be_chosen_and_a_rule_whose_owner_left_blocks_publishing()
    {
        var company = await SmallCompany.CreateAsync(app, "inactive");
        using var admin = await app.SignedInAsync();
        using var added = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", "Web to Wanda"), ("Input.TargetOwnerId", company.Wanda.Id.ToString()), .. RuleFields.Condition(0, ConditionKind.Channel, "Web")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await app.WithDbAsync(async db =>
        {
            var wanda = await db.TouchpointOwners.SingleAsync(o => o.Id == company.Wanda.Id, Ct);
            wanda.Deactivate();
            await db.SaveChangesAsync(Ct);
        });

        using var refused = await admin.SubmitAsync("/Routing/Rule", "main form",
            [("Input.Name", "Also Wanda"), ("Input.TargetOwnerId", company.Wanda.Id.ToString()), .. RuleFields.Condition(0, ConditionKind.Channel, "App")]);
        Assert.Contains("is inactive", (await refused.PageAsync()).FieldError("Input.TargetOwnerId"), StringComparison.Ordinal);

        var page = await admin.GetPageAsync("/Routing");
        Assert.Contains("who is inactive", page.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("main form[action*=Publish] button")!.HasAttribute("disabled"));
        using var publish = await admin.PostAsync("/Routing?handler=Publish", "/Routing");
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Contains("cannot be published", (await publish.PageAsync()).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.RuleSetVersions.CountAsync(Ct)));
    }
}
