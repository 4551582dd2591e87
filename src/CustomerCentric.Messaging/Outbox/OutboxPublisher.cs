using System.Diagnostics.Metrics;
using System.Text.Json;
using CustomerCentric.Data.Json;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Messaging.Topology;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Messaging.Outbox;

/// <summary>
/// Turns outbox rows into messages on the bus: for the <see cref="OutboxDispatcher"/>, and for writers that publish their
/// own rows right after their commit instead of waiting for a dispatcher to be told and to claim them (the worker's
/// ComplaintRouted). A writer reserves its rows before the save (<see cref="Reserve"/>), so no dispatcher claims them meanwhile;
/// should the writer not get as far as publishing them (a crash, the broker away), a dispatcher takes them over when the
/// reservation ends. Either way a row is published with its id as MessageId, so a row sent twice is recognisable.
/// </summary>
public sealed class OutboxPublisher(
    IBus bus,
    OutboxMessageTypes messageTypes,
    OutboxDispatcherOptions options,
    OutboxPublishHealth health,
    OutboxSentMarks sentMarks,
    TimeProvider time,
    ILogger<OutboxPublisher> logger)
{
    private static readonly Meter Meter = new("CustomerCentric.Outbox");
    internal static readonly Counter<long> Published = Meter.CreateCounter<long>("customercentric.outbox.published", description: "Outbox messages confirmed by the broker");
    internal static readonly Counter<long> Failed = Meter.CreateCounter<long>("customercentric.outbox.failed", description: "Failed attempts to publish outbox messages");

    /// <summary>Keeps dispatchers away from <paramref name="row"/> for <see cref="OutboxDispatcherOptions.WriterReservation"/>; before the save.</summary>
    public OutboxMessage Reserve(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.ReserveForWriter(time.GetUtcNow() + options.WriterReservation);
        return row;
    }

    /// <summary>
    /// Publishes rows the caller reserved and has just committed, all at once, and has the confirmed ones marked sent
    /// (<see cref="OutboxSentMarks"/>, a few at a time). A failure is logged, not thrown: the caller's work is committed,
    /// and the row waits for a dispatcher.
    /// </summary>
    public async Task PublishCommittedAsync(IReadOnlyCollection<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var errors = await Task.WhenAll(rows.Select(row => PublishAsync(row, cancellationToken)));
        var sentAt = time.GetUtcNow();
        var sent = rows.Where((_, i) => errors[i] is null).Select(row => row.Id).ToList();
        Published.Add(sent.Count);
        Failed.Add(rows.Count - sent.Count);
        if (sent.Count > 0)
        {
            health.Confirmed();
            sentMarks.Add(sent, sentAt);
        }

        if (sent.Count < rows.Count)
        {
            logger.LogWarning("Outbox: {Failed} of {Count} messages failed to publish after their commit; a dispatcher sends them later. First error: {Error}",
                rows.Count - sent.Count, rows.Count, errors.First(e => e is not null));
        }
    }

    /// <returns>Null when the broker confirmed the message, else why it failed.</returns>
    internal async Task<string?> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            var type = messageTypes.Resolve(row.MessageType);
            var message = JsonSerializer.Deserialize(row.Payload, type, StoredJson.Options)
                ?? throw new JsonException($"Outbox message {row.Id} has a null payload.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.PublishTimeout);
            var publish = bus.Publish(message, type, context =>
            {
                // Consumers deduplicate by MessageId: a row sent twice (crash before the commit) carries the same id.
                context.MessageId = row.Id;
                // Unroutable (its consumer queue gone) fails the publish, so the row stays unsent instead of being lost.
                if (ConsumerQueues.MustReachAQueue(type) && context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
                {
                    rabbit.Mandatory = true;
                }

                foreach (var (name, value) in row.Headers)
                {
                    context.Headers.Set(name, value);
                }
            }, timeout.Token);
            // While the broker restarts a publish can outlive its cancellation; stop waiting (the row is retried, and
            // should the publish still complete, consumers see the same MessageId twice) rather than hold the batch's locks.
            await publish.WaitAsync(options.PublishTimeout, time, cancellationToken);
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
