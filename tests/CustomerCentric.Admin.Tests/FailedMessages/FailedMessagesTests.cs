using System.Net;
using System.Text;
using CustomerCentric.Admin.Pages.FailedMessages;
using CustomerCentric.Messaging.Topology;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace CustomerCentric.Admin.Tests.FailedMessages;

/// <summary>
/// The Failed messages page over a real RabbitMQ node: faulted messages as MassTransit leaves them in an _error queue are
/// listed with their fault, replayed one by one or all at once back to the queue they failed on, and each replay is audited;
/// viewers see the list but cannot replay.
/// </summary>
public sealed class FailedMessagesTests(BrokerAdminApp app) : IClassFixture<BrokerAdminApp>
{
    private static readonly string ErrorQueue = ConsumerQueues.ComplaintSubmittedQueue + "_error";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Faulted_messages_are_listed_with_their_fault_replayed_to_their_queue_and_audited()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(app.BrokerConnectionString) }.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        await channel.QueueDeclareAsync(ConsumerQueues.ComplaintSubmittedQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: Ct);
        await channel.QueueDeclareAsync(ErrorQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: Ct);
        await channel.QueuePurgeAsync(ConsumerQueues.ComplaintSubmittedQueue, Ct);
        await channel.QueuePurgeAsync(ErrorQueue, Ct);
        var first = Guid.NewGuid().ToString();
        var second = Guid.NewGuid().ToString();
        await FaultAsync(channel, first, "No active Chief Touchpoint Officer is appointed");
        await FaultAsync(channel, second, "Complaint <b>x</b> does not exist");

        using var viewer = await app.SignedInAsViewerAsync();
        var seen = await viewer.GetPageAsync("/FailedMessages");
        var rows = seen.QuerySelectorAll("table.failed-messages tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains(first, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("No active Chief Touchpoint Officer is appointed", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(ConsumerQueues.ComplaintSubmittedQueue, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("complaintId", rows[0].QuerySelector("details pre")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Complaint <b>x</b> does not exist", rows[1].TextContent, StringComparison.Ordinal); // shown as text, not markup
        Assert.Empty(seen.QuerySelectorAll("main form[action*=Replay]"));
        using var refused = await viewer.PostAsync("/FailedMessages?handler=ReplayAll", "/FailedMessages");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(2u, await channel.MessageCountAsync(ErrorQueue, Ct));

        using var admin = await app.SignedInAsync();
        var page = await admin.GetPageAsync("/FailedMessages");
        var replayFirst = page.QuerySelectorAll("main form[action*=Replay]")
            .Single(f => f.QuerySelector("input[name=messageId]")?.GetAttribute("value") == first) as AngleSharp.Html.Dom.IHtmlFormElement;
        using var replayed = await admin.SubmitAsync("/FailedMessages", replayFirst!);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        var after = await admin.GetPageAsync("/FailedMessages");
        Assert.Contains($"Replayed message {first}", after.QuerySelector(".notice.success")!.TextContent, StringComparison.Ordinal);
        Assert.Single(after.QuerySelectorAll("table.failed-messages tbody tr"));
        var back = await channel.BasicGetAsync(ConsumerQueues.ComplaintSubmittedQueue, autoAck: true, Ct);
        Assert.Equal(first, back?.BasicProperties.MessageId);
        Assert.False(back!.BasicProperties.Headers!.ContainsKey("MT-Fault-Message"), "a replayed message goes back without the fault headers");

        using var all = await admin.SubmitAsync("/FailedMessages", "main form[action*=ReplayAll]");
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(0u, await channel.MessageCountAsync(ErrorQueue, Ct));
        Assert.Equal(second, (await channel.BasicGetAsync(ConsumerQueues.ComplaintSubmittedQueue, autoAck: true, Ct))?.BasicProperties.MessageId);
        Assert.Contains("No failed messages", (await admin.GetPageAsync("/FailedMessages")).QuerySelector("table.failed-messages")!.TextContent, StringComparison.Ordinal);

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == IndexModel.AuditEntityType).OrderBy(e => e.At).ToListAsync(Ct));
        Assert.Equal([first, second], audit.Select(e => e.EntityId));
        Assert.All(audit, e => Assert.Equal(("Replayed", Hosting.AdminApp.AdminEmail), (e.Action, e.Actor)));
    }

    /// <summary>Puts a message in the error queue as MassTransit does after the last retry: the body as sent, the fault in headers.</summary>
    private static async Task FaultAsync(IChannel channel, string messageId, string reason)
    {
        var properties = new BasicProperties
        {
            MessageId = messageId,
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
            Headers = new Dictionary<string, object?>
            {
                ["MT-Reason"] = "fault",
                ["MT-Fault-ExceptionType"] = "System.InvalidOperationException",
                ["MT-Fault-Message"] = reason,
                ["MT-Fault-Timestamp"] = "2026-11-22T21:00:00Z",
            },
        };
        var body = Encoding.UTF8.GetBytes($$$"""{"messageId":"{{{messageId}}}","messageType":["urn:message:CustomerCentric.Contracts.Complaints:ComplaintSubmitted"],"message":{"complaintId":"{{{Guid.NewGuid()}}}"}}""");
        await channel.BasicPublishAsync("", ErrorQueue, mandatory: false, properties, body, Ct);
    }
}
