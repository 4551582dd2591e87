using System.Net;

namespace CustomerCentric.Admin.Tests.FailedMessages;

/// <summary>When the broker cannot be reached the page says so (no 500), and a replay reports that nothing was replayed.</summary>
public sealed class UnreachableBrokerTests(UnreachableBrokerAdminApp app) : IClassFixture<UnreachableBrokerAdminApp>
{
    [Fact]
    public async Task The_page_and_a_replay_say_the_broker_cannot_be_reached()
    {
        using var admin = await app.SignedInAsync();
        var page = await admin.GetPageAsync("/FailedMessages");
        var problem = page.QuerySelector(".notice.error")!.TextContent;
        Assert.Contains($"RabbitMQ at 127.0.0.1:{app.BrokerPort} cannot be reached", problem, StringComparison.Ordinal);
        Assert.Contains("The messages stay in the error queue", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("guest", problem, StringComparison.Ordinal);

        using var replay = await admin.PostAsync("/FailedMessages?handler=ReplayAll", "/ApiKeys");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        var after = await admin.GetPageAsync("/FailedMessages");
        Assert.Contains("nothing was replayed", after.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
