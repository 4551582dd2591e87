using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Contracts.Routing;
using CustomerCentric.Redis;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Routing;

public sealed class PublishingTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publishing_creates_the_next_version_announces_it_on_redis_and_the_outbox_and_rollback_republishes_an_old_one()
    {
        var company = await SmallCompany.CreateAsync(app, "publish");
        using var admin = await app.SignedInAsync();
        using var redis = new RedisPubSub(app.RedisConnectionString);
        var announcements = Channel.CreateUnbounded<string>();
        await using var subscription = await redis.SubscribeAsync(RuleSetPublished.RedisChannel, m => announcements.Writer.TryWrite(m));

        await AddRuleAsync(admin, "Hotline to Hugo", company.Hugo.Id);
        using var published = await admin.SubmitAsync("/Routing", "main form[action*=Publish]", ("Note", "First rules"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // Other test classes publish on the same Redis channel (their own databases): wait for this publish's announcement.
        RuleSetPublished announced;
        do
        {
            announced = JsonSerializer.Deserialize<RuleSetPublished>(
                await announcements.Reader.ReadAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct), JsonSerializerOptions.Web)!;
        }
        while (announced.Version != 1);
        Assert.Equal((1, AdminApp.AdminEmail), (announced.Version, announced.PublishedBy));
        var outbox = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(Ct));
        Assert.Equal(typeof(RuleSetPublished).FullName, outbox.MessageType);
        Assert.Contains("\"version\":1", outbox.Payload.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        // Version 2 sends the hotline to Wanda instead.
        var rule = await app.WithDbAsync(async db => (await db.RuleSetDrafts.AsNoTracking().SingleAsync(Ct)).Rules.Single());
        using var edited = await admin.SubmitAsync($"/Routing/Rule?id={rule.Id}", "main form", ("Input.TargetOwnerId", company.Wanda.Id.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        using var second = await admin.SubmitAsync("/Routing", "main form[action*=Publish]");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var history = await admin.GetPageAsync("/Routing/Versions");
        var versions = history.QuerySelectorAll("section.version");
        Assert.Equal(["Version 2", "Version 1"], versions.Select(v => v.QuerySelector("h2")!.TextContent.Replace("Live", string.Empty, StringComparison.Ordinal).Trim()));
        Assert.Contains($"target owner Hugo Hotline publish → Wanda Web publish", versions[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("First rules", versions[1].TextContent, StringComparison.Ordinal);
        var diff = await admin.GetPageAsync("/Routing/Diff?from=1&to=2");
        Assert.Contains("Changed: Hotline to Hugo", diff.QuerySelector(".changes")!.TextContent, StringComparison.Ordinal);

        using var rollback = await admin.SubmitAsync("/Routing/Versions", "#version-1 form[action*=Rollback]");
        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        var latest = await app.WithDbAsync(db => db.RuleSetVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(Ct));
        Assert.Equal(3, latest.Version);
        Assert.Equal(company.Hugo.Id, latest.Rules.Single().TargetOwnerId);
        Assert.Equal("Rollback to version 1.", latest.Note);
        var draft = await app.WithDbAsync(db => db.RuleSetDrafts.AsNoTracking().SingleAsync(Ct));
        Assert.Equal(3, draft.BasedOnVersion);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "RuleSetVersion").OrderBy(e => e.At).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal(["Published", "Published", "RolledBack"], audited);
        Assert.Equal(3, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_viewer_sees_the_history_but_cannot_publish_or_roll_back()
    {
        using var viewer = await app.SignedInAsViewerAsync();

        var page = await viewer.GetPageAsync("/Routing");
        Assert.Null(page.QuerySelector("main form[action*=Publish]"));
        Assert.Null(page.QuerySelector("a[href*='/Routing/Rule']"));

        using var publish = await viewer.PostAsync("/Routing?handler=Publish", "/Routing");
        using var rollback = await viewer.PostAsync("/Routing/Versions?handler=Rollback", "/Routing", ("version", "1"));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rollback.StatusCode);
    }

    private static async Task AddRuleAsync(AdminClient admin, string name, Guid owner)
    {
        using var response = await admin.SubmitAsync("/Routing/Rule", "main form", [("Input.Name", name), ("Input.TargetOwnerId", owner.ToString()), .. RuleFields.Condition(0, ConditionKind.Channel, "Hotline")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
