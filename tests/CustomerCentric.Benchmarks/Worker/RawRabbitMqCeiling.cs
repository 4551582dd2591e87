using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>
/// The ceiling: RabbitMQ.Client alone publishing persistent messages of a given size with publisher confirms to a durable
/// queue and consuming them with acknowledgements, nothing else. Throughput (publisher keeps a window of unconfirmed
/// messages) and latency from publish to delivery at a steady rate.
/// </summary>
public sealed class RawRabbitMqCeiling(Uri amqpUri, int messageBytes)
{
    private const int Window = 256;

    public async Task<double> MeasureThroughputAsync(int messages, CancellationToken cancellationToken)
    {
        await using var run = await Run.StartAsync(amqpUri, $"ceiling-throughput-{Guid.NewGuid():N}", cancellationToken);
        var body = new byte[messageBytes];
        var clock = Stopwatch.StartNew();
        using var window = new SemaphoreSlim(Window);
        var pending = new List<Task>(messages);
        for (var i = 0; i < messages; i++)
        {
            await window.WaitAsync(cancellationToken);
            pending.Add(PublishAsync(run.Publisher, run.Queue, body, window, cancellationToken));
        }

        await Task.WhenAll(pending);
        await run.WaitForAsync(messages, cancellationToken);
        return messages / clock.Elapsed.TotalSeconds;
    }

    public async Task<LatencyFigures> MeasureLatencyAsync(int perSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var run = await Run.StartAsync(amqpUri, $"ceiling-latency-{Guid.NewGuid():N}", cancellationToken);
        var sends = new List<Task>();
        await SteadyRate.RunAsync(perSecond, duration, _ =>
        {
            var body = new byte[messageBytes];
            BinaryPrimitives.WriteInt64LittleEndian(body, Stopwatch.GetTimestamp());
            sends.Add(run.Publisher.BasicPublishAsync("", run.Queue, true, Persistent, body, cancellationToken).AsTask());
            return Task.CompletedTask;
        }, cancellationToken);
        await Task.WhenAll(sends);
        await run.WaitForAsync(sends.Count, cancellationToken);
        return LatencyFigures.Of(run.Latencies.ToArray());
    }

    private static readonly BasicProperties Persistent = new() { Persistent = true, ContentType = "application/vnd.masstransit+json" };

    private static async Task PublishAsync(IChannel channel, string queue, byte[] body, SemaphoreSlim window, CancellationToken cancellationToken)
    {
        try
        {
            // Completes when the broker confirmed it (the channel tracks confirms).
            await channel.BasicPublishAsync("", queue, true, Persistent, body, cancellationToken);
        }
        finally
        {
            window.Release();
        }
    }

    private sealed class Run : IAsyncDisposable
    {
        private readonly IConnection _connection;
        private readonly IChannel _consumer;
        private int _received;

        private Run(IConnection connection, IChannel publisher, IChannel consumer, string queue)
        {
            _connection = connection;
            Publisher = publisher;
            _consumer = consumer;
            Queue = queue;
        }

        public IChannel Publisher { get; }

        public string Queue { get; }

        public ConcurrentBag<TimeSpan> Latencies { get; } = [];

        public static async Task<Run> StartAsync(Uri amqpUri, string queue, CancellationToken cancellationToken)
        {
            var connection = await new ConnectionFactory { Uri = amqpUri, ClientProvidedName = "ceiling" }.CreateConnectionAsync(cancellationToken);
            var publisher = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
            var consumer = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await consumer.BasicQosAsync(0, Window, false, cancellationToken);
            var run = new Run(connection, publisher, consumer, queue);
            var handler = new AsyncEventingBasicConsumer(consumer);
            handler.ReceivedAsync += run.OnReceivedAsync;
            await consumer.BasicConsumeAsync(queue, autoAck: false, handler, cancellationToken);
            return run;
        }

        private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
        {
            var sent = BinaryPrimitives.ReadInt64LittleEndian(delivery.Body.Span);
            if (sent != 0)
            {
                Latencies.Add(Stopwatch.GetElapsedTime(sent));
            }

            await _consumer.BasicAckAsync(delivery.DeliveryTag, false);
            Interlocked.Increment(ref _received);
        }

        public async Task WaitForAsync(int messages, CancellationToken cancellationToken)
        {
            var deadline = Stopwatch.StartNew();
            while (Volatile.Read(ref _received) < messages)
            {
                if (deadline.Elapsed > TimeSpan.FromMinutes(2))
                {
                    throw new TimeoutException($"Only {_received} of {messages} messages arrived.");
                }

                await Task.Delay(1, cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Publisher.QueueDeleteAsync(Queue);
            await _consumer.DisposeAsync();
            await Publisher.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
