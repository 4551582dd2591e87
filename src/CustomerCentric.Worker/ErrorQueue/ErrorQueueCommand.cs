using CustomerCentric.ServiceDefaults;
using CustomerCentric.Messaging.ErrorQueue;
using CustomerCentric.Messaging.Topology;
using Microsoft.Extensions.Configuration;

namespace CustomerCentric.Worker.ErrorQueue;

/// <summary>
/// <c>CustomerCentric.Worker errors list</c> and <c>errors replay (--all | MESSAGE-ID)</c>: what sits in the worker's error
/// queues, and sending it back to be consumed again once the cause is fixed. Uses ConnectionStrings:rabbitmq.
/// </summary>
public static class ErrorQueueCommand
{
    public const string Name = "errors";

    private const string Usage = "usage: CustomerCentric.Worker errors list | errors replay (--all | MESSAGE-ID)";

    /// <param name="args">The arguments after "errors".</param>
    /// <returns>The process exit code: 0 done, 1 nothing matched, 2 bad usage.</returns>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var action = args switch
        {
            ["list"] => "list",
            ["replay", "--all"] => "replay",
            ["replay", var id] when !id.StartsWith('-') => "replay",
            _ => null,
        };
        if (action is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var client = new ErrorQueueClient(new Uri(configuration.GetRequiredConnectionString(ConnectionStrings.RabbitMq)), "customercentric-worker-errors");
        var messageId = args is ["replay", var only] && only != "--all" ? only : null;
        var count = 0;
        foreach (var queue in ConsumerQueues.ErrorQueues)
        {
            var messages = action == "list"
                ? await client.ListAsync(queue, cancellationToken)
                : await client.ReplayAsync(queue, messageId, cancellationToken);
            foreach (var message in messages)
            {
                await output.WriteLineAsync(
                    $"{(action == "list" ? "" : "replayed ")}{message.MessageId}\t{queue}\t{message.ExceptionType}: {message.FaultMessage}\t{message.FaultedAt}");
            }

            count += messages.Count;
        }

        await output.WriteLineAsync(action == "list" ? $"{count} message(s) in error queues" : $"{count} message(s) replayed");
        return messageId is not null && count == 0 ? 1 : 0;
    }
}
