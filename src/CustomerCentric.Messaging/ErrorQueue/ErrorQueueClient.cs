using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CustomerCentric.Messaging.ErrorQueue;

/// <summary>
/// Reads and replays an _error queue over AMQP. Reading takes every message without acknowledging it and then closes the
/// channel, so the broker puts them all back in their places; replaying sends a message back to the queue it failed on
/// (with publisher confirms), and only then acknowledges (removes) the error copy.
/// </summary>
/// <param name="clientName">How the connection is named in RabbitMQ's management UI (the program that reads).</param>
public sealed class ErrorQueueClient(Uri amqpUri, string clientName)
{
    /// <summary>How much of a message's body <see cref="ErrorQueueMessage.Body"/> shows.</summary>
    public const int BodyPreviewBytes = 4096;

    private const string FaultHeaderPrefix = "MT-Fault-";
    private const string ReasonHeader = "MT-Reason";
    private const int NotFound = 404;

    public async Task<IReadOnlyList<ErrorQueueMessage>> ListAsync(string errorQueue, CancellationToken cancellationToken)
    {
        var messages = new List<ErrorQueueMessage>();
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            while (await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } result)
            {
                messages.Add(Describe(errorQueue, result));
            }
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            // MassTransit declares an error queue with its first fault: no queue, no errors.
        }

        // Closing the channel without acks returns every message to the queue.
        return messages;
    }

    /// <param name="messageId">The message to replay, or null for all of them.</param>
    /// <returns>The messages replayed.</returns>
    public async Task<IReadOnlyList<ErrorQueueMessage>> ReplayAsync(string errorQueue, string? messageId, CancellationToken cancellationToken)
    {
        if (!errorQueue.EndsWith("_error", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{errorQueue}' is not an error queue (name ending in _error).", nameof(errorQueue));
        }

        var inputQueue = errorQueue[..^"_error".Length];
        var replayed = new List<ErrorQueueMessage>();
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        while (await TryGetAsync(channel, errorQueue, cancellationToken) is { } result)
        {
            var message = Describe(errorQueue, result);
            if (messageId is not null && message.MessageId != messageId)
            {
                continue; // left unacknowledged: back in the queue when the channel closes
            }

            var properties = new BasicProperties(result.BasicProperties);
            if (properties.Headers is { } headers)
            {
                foreach (var name in headers.Keys.Where(k => k.StartsWith(FaultHeaderPrefix, StringComparison.Ordinal) || k == ReasonHeader).ToList())
                {
                    headers.Remove(name);
                }
            }

            // Completes once the broker confirmed it (the channel tracks confirms), so the ack below never loses the message.
            await channel.BasicPublishAsync("", inputQueue, mandatory: true, properties, result.Body, cancellationToken);
            await channel.BasicAckAsync(result.DeliveryTag, multiple: false, cancellationToken);
            replayed.Add(message);
        }

        return replayed;
    }

    private static async Task<BasicGetResult?> TryGetAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: false, cancellationToken);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            return null;
        }
    }

    private Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        new ConnectionFactory { Uri = amqpUri, ClientProvidedName = clientName }.CreateConnectionAsync(cancellationToken);

    private static ErrorQueueMessage Describe(string queue, BasicGetResult result)
    {
        var headers = result.BasicProperties.Headers;
        string? Header(string name) => headers is not null && headers.TryGetValue(name, out var value) ? Text(value) : null;
        return new ErrorQueueMessage(
            queue,
            result.BasicProperties.MessageId,
            result.BasicProperties.Type ?? Header("MT-MessageType") ?? result.BasicProperties.ContentType,
            Header(FaultHeaderPrefix + "ExceptionType"),
            Header(FaultHeaderPrefix + "Message"),
            Header(FaultHeaderPrefix + "Timestamp"),
            result.Body.Length,
            Encoding.UTF8.GetString(result.Body.Span[..Math.Min(result.Body.Length, BodyPreviewBytes)]));
    }

    // AMQP carries header strings as bytes.
    private static string? Text(object? value) => value switch
    {
        null => null,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        _ => value.ToString(),
    };
}
