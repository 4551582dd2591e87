using CustomerCentric.Admin.Audit;
using CustomerCentric.Admin.Messaging;
using CustomerCentric.Data;
using CustomerCentric.Messaging.ErrorQueue;
using CustomerCentric.Messaging.Topology;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RabbitMQ.Client.Exceptions;

namespace CustomerCentric.Admin.Pages.FailedMessages;

/// <summary>
/// What the worker could not consume after its retries (MassTransit's _error queues): each message with the fault it
/// recorded, and replay (one, or all) once the cause is fixed. Listing leaves the messages in place; a replayed message
/// goes back to the queue it failed on and leaves the error queue only after the broker confirmed it (the same client as
/// the worker's <c>errors</c> command). Replays are recorded in the audit log.
/// </summary>
public sealed class IndexModel(ErrorQueueAccess access, AuditTrail audit, CustomerCentricDbContext db, ILogger<IndexModel> logger) : PageModel
{
    public const string AuditEntityType = "FailedMessage";

    public IReadOnlyList<ErrorQueueMessage> Messages { get; private set; } = [];

    public IReadOnlyList<string> Queues => ConsumerQueues.ErrorQueues;

    /// <summary>Why the list could not be read, when it could not.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (access.Client is not { } client)
        {
            Problem = NotConfigured;
            return;
        }

        try
        {
            var messages = new List<ErrorQueueMessage>();
            foreach (var queue in ConsumerQueues.ErrorQueues)
            {
                messages.AddRange(await client.ListAsync(queue, cancellationToken));
            }

            Messages = messages;
        }
        catch (Exception e) when (IsBrokerProblem(e))
        {
            logger.LogWarning(e, "Listing the error queues failed");
            Problem = Unreachable(e, "the list cannot be shown");
        }
    }

    public async Task<IActionResult> OnPostReplayAsync(string? messageId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(messageId))
        {
            TempData["Error"] = "Choose a message to replay.";
            return RedirectToPage();
        }

        return await ReplayAsync(messageId.Trim(), cancellationToken);
    }

    public Task<IActionResult> OnPostReplayAllAsync(CancellationToken cancellationToken) => ReplayAsync(null, cancellationToken);

    private async Task<IActionResult> ReplayAsync(string? messageId, CancellationToken cancellationToken)
    {
        if (access.Client is not { } client)
        {
            TempData["Error"] = NotConfigured;
            return RedirectToPage();
        }

        var replayed = new List<ErrorQueueMessage>();
        string? error = null;
        try
        {
            foreach (var queue in ConsumerQueues.ErrorQueues)
            {
                replayed.AddRange(await client.ReplayAsync(queue, messageId, cancellationToken));
            }
        }
        catch (Exception e) when (IsBrokerProblem(e))
        {
            logger.LogWarning(e, "Replaying from the error queues failed after {Count} message(s)", replayed.Count);
            error = Unreachable(e, replayed.Count == 0 ? "nothing was replayed" : $"{replayed.Count} message(s) were replayed before it failed");
        }

        foreach (var message in replayed)
        {
            audit.Record(AuditEntityType, message.MessageId ?? "(no id)", "Replayed", AuditTrail.Snapshot(Describe(message)), null);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (error is not null)
        {
            TempData["Error"] = error;
        }
        else
        {
            TempData["Message"] = (replayed.Count, messageId) switch
            {
                (0, null) => "There was nothing to replay.",
                (0, _) => $"Message {messageId} is no longer in an error queue: it was replayed or removed meanwhile.",
                (1, _) => $"Replayed message {replayed[0].MessageId}: it is back in {InputQueue(replayed[0])} and will be consumed again.",
                _ => $"Replayed {replayed.Count} messages: they are back in their queues and will be consumed again.",
            };
        }

        return RedirectToPage();
    }

    public static string InputQueue(ErrorQueueMessage message) => message.Queue[..^"_error".Length];

    private string NotConfigured => "RabbitMQ is not configured for the admin: set ConnectionStrings:rabbitmq (the AppHost does).";

    private string Unreachable(Exception e, string consequence) =>
        $"RabbitMQ at {access.Broker} cannot be reached ({e.Message}); {consequence}. The messages stay in the error queue.";

    private static bool IsBrokerProblem(Exception e) => e is IOException or RabbitMQClientException or TimeoutException;

    private static object Describe(ErrorQueueMessage message) =>
        new { message.Queue, message.MessageId, message.MessageType, message.ExceptionType, message.FaultMessage, message.FaultedAt };
}
