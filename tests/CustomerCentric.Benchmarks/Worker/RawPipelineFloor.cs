using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Domain.Complaints;
using Npgsql;
using NpgsqlTypes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>
/// The floor under the worker: the database writes and broker messages each complaint needs, done with raw Npgsql and
/// RabbitMQ.Client in batches of 100, with nothing else: no MassTransit, no EF Core, no rule evaluation (each complaint goes
/// to its touchpoint's default owner), no retries, no telemetry. Per complaint, as the worker: its ComplaintSubmitted outbox
/// row claimed, published persistent with a confirm to a durable queue and marked sent; the message consumed and acked;
/// in one transaction the complaint read and locked, updated (status, assignee, decision, deadlines, version), a history
/// row and a ComplaintRouted outbox row inserted; after the commit ComplaintRouted published with a confirm and its row
/// marked sent. The complaints themselves are written as the benchmark's submitter writes them (complaint, history row,
/// outbox row; 100 per durable transaction), by one statement per table. No implementation of the worker on these servers can do the same for less; its throughput bounds what
/// the worker can reach on this machine.
/// </summary>
public sealed class RawPipelineFloor : IAsyncDisposable
{
    private const int Batch = 100;
    private const string SubmittedQueue = "floor-complaint-submitted";
    private const string RoutedExchange = "floor-complaint-routed";
    private static readonly string SubmittedType = typeof(ComplaintSubmitted).FullName!;
    private static readonly string RoutedType = typeof(ComplaintRouted).FullName!;
    private static readonly Severity[] Severities = Enum.GetValues<Severity>();
    private static readonly ComplaintCategory[] Categories = Enum.GetValues<ComplaintCategory>();
    private static readonly BasicProperties Persistent = new() { Persistent = true, ContentType = "application/vnd.masstransit+json" };

    private readonly NpgsqlDataSource _database;
    private readonly IConnection _broker;
    private readonly IChannel _dispatchChannel;
    private readonly IChannel _routeChannel;
    private readonly IChannel _consumeChannel;
    private readonly int _messageBytes;
    private readonly Dictionary<Guid, Guid> _defaultOwners;
    private readonly Guid[] _customers;
    private readonly Guid[] _touchpoints;
    private readonly Random _random = new(7);
    private readonly Channel<(ulong Tag, Guid ComplaintId)> _deliveries = Channel.CreateUnbounded<(ulong, Guid)>();
    private readonly CancellationTokenSource _stopping = new();
    private Task[] _loops = [];
    private long _routed;

    private RawPipelineFloor(
        NpgsqlDataSource database, IConnection broker, IChannel dispatch, IChannel route, IChannel consume, int messageBytes,
        Dictionary<Guid, Guid> defaultOwners, Guid[] customers, Guid[] touchpoints)
    {
        _customers = customers;
        _touchpoints = touchpoints;
        _database = database;
        _broker = broker;
        _dispatchChannel = dispatch;
        _routeChannel = route;
        _consumeChannel = consume;
        _messageBytes = messageBytes;
        _defaultOwners = defaultOwners;
    }

    public static async Task<RawPipelineFloor> StartAsync(string database, Uri amqpUri, int messageBytes, CancellationToken cancellationToken)
    {
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database) { ApplicationName = "floor", MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString);
        var defaultOwners = new Dictionary<Guid, Guid>();
        await using (var command = dataSource.CreateCommand("SELECT id, default_owner_id FROM touchpoints WHERE default_owner_id IS NOT NULL"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                defaultOwners[reader.GetGuid(0)] = reader.GetGuid(1);
            }
        }

        // Touchpoints without a default owner fall back to the Chief Touchpoint Officer, as the rules' fallbacks do.
        await using (var chief = dataSource.CreateCommand("SELECT id FROM touchpoint_owners WHERE is_chief_touchpoint_officer AND is_active"))
        {
            defaultOwners[Guid.Empty] = (Guid)(await chief.ExecuteScalarAsync(cancellationToken)
                ?? throw new InvalidOperationException("No active Chief Touchpoint Officer is seeded."));
        }

        async Task<Guid[]> IdsAsync(string table)
        {
            var ids = new List<Guid>();
            await using var command = dataSource.CreateCommand($"SELECT id FROM {table}");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }

            return [.. ids];
        }

        var customers = await IdsAsync("customers");
        var touchpoints = await IdsAsync("touchpoints");
        var broker = await new ConnectionFactory { Uri = amqpUri, ClientProvidedName = "floor" }.CreateConnectionAsync(cancellationToken);
        var confirmed = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        var dispatch = await broker.CreateChannelAsync(confirmed, cancellationToken);
        var route = await broker.CreateChannelAsync(confirmed, cancellationToken);
        var consume = await broker.CreateChannelAsync(cancellationToken: cancellationToken);
        await dispatch.QueueDeclareAsync(SubmittedQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        // As the worker's ComplaintRouted in the benchmark: a durable fan-out exchange with no queue bound.
        await route.ExchangeDeclareAsync(RoutedExchange, ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken);
        await consume.BasicQosAsync(0, 2 * Batch, false, cancellationToken);

        var floor = new RawPipelineFloor(dataSource, broker, dispatch, route, consume, messageBytes, defaultOwners, customers, touchpoints);
        var consumer = new AsyncEventingBasicConsumer(consume);
        consumer.ReceivedAsync += floor.OnDeliveryAsync;
        await consume.BasicConsumeAsync(SubmittedQueue, autoAck: false, consumer, cancellationToken);
        floor._loops = [Task.Run(floor.DispatchAsync), Task.Run(floor.RouteAsync)];
        return floor;
    }

    private Task OnDeliveryAsync(object sender, BasicDeliverEventArgs delivery)
    {
        _deliveries.Writer.TryWrite((delivery.DeliveryTag, new Guid(delivery.Body.Span[..16])));
        return Task.CompletedTask;
    }

    /// <summary>Claims unsent ComplaintSubmitted rows, publishes them, marks them sent.</summary>
    private async Task DispatchAsync()
    {
        var token = _stopping.Token;
        // Woken as the worker's dispatcher is: the outbox's insert trigger notifies this channel.
        await using var listener = await _database.OpenConnectionAsync(token);
        await using (var listen = new NpgsqlCommand("LISTEN customercentric_outbox", listener))
        {
            await listen.ExecuteNonQueryAsync(token);
        }

        while (!token.IsCancellationRequested)
        {
            var claimed = new List<(Guid Id, Guid ComplaintId)>(Batch);
            // One round trip, settings as the worker's dispatcher claims (see PostgreSqlProvider).
            await using (var claim = _database.CreateBatch())
            {
                claim.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
                claim.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL enable_bitmapscan = off"));
                claim.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL synchronous_commit = off"));
                claim.BatchCommands.Add(Command(
                    """
                    UPDATE outbox_messages AS o SET available_at = now() + interval '15 seconds'
                    FROM (SELECT id FROM outbox_messages
                          WHERE sent_at IS NULL AND (available_at IS NULL OR available_at <= now()) AND message_type = $1
                          ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED) AS claimed
                    WHERE o.id = claimed.id
                    RETURNING o.id, (o.payload->>'complaintId')::uuid
                    """,
                    SubmittedType));
                claim.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
                await using var reader = await claim.ExecuteReaderAsync(token);
                do
                {
                    while (await reader.ReadAsync(token))
                    {
                        claimed.Add((reader.GetGuid(0), reader.GetGuid(1)));
                    }
                }
                while (await reader.NextResultAsync(token));
            }

            if (claimed.Count == 0)
            {
                // A row committed between the claim and here has notified already: the wait returns at once.
                await listener.WaitAsync(TimeSpan.FromMilliseconds(100), token);
                continue;
            }

            await Task.WhenAll(claimed.Select(c => _dispatchChannel.BasicPublishAsync("", SubmittedQueue, true, Persistent, Body(c.ComplaintId), token).AsTask()));
            await MarkSentAsync([.. claimed.Select(c => c.Id)], token);
        }
    }

    /// <summary>Routes what was delivered, up to a batch per transaction, then publishes, acks and marks sent.</summary>
    private async Task RouteAsync()
    {
        var token = _stopping.Token;
        var group = new List<(ulong Tag, Guid ComplaintId)>(Batch);
        while (await _deliveries.Reader.WaitToReadAsync(token))
        {
            group.Clear();
            while (group.Count < Batch && _deliveries.Reader.TryRead(out var delivery))
            {
                group.Add(delivery);
            }

            var routed = await StoreRoutingAsync([.. group.Select(g => g.ComplaintId)], token);
            await Task.WhenAll(routed.Select(r => _routeChannel.BasicPublishAsync(RoutedExchange, "", false, Persistent, Body(r.ComplaintId), token).AsTask()));
            // One loop consumes in delivery order, so acknowledging the last tag with "multiple" acknowledges the group.
            await _consumeChannel.BasicAckAsync(group[^1].Tag, multiple: true, token);
            await MarkSentAsync([.. routed.Select(r => r.OutboxId)], token);
            Interlocked.Add(ref _routed, routed.Count);
        }
    }

    private async Task<List<(Guid ComplaintId, Guid OutboxId)>> StoreRoutingAsync(Guid[] complaintIds, CancellationToken token)
    {
        await using var connection = await _database.OpenConnectionAsync(token);
        await using var transaction = await connection.BeginTransactionAsync(token);
        var received = new List<(Guid Id, Guid TouchpointId)>(complaintIds.Length);
        await using (var select = new NpgsqlCommand("SELECT id, touchpoint_id FROM complaints WHERE id = ANY($1) AND status = 'Received' FOR UPDATE", connection, transaction))
        {
            select.Parameters.AddWithValue(complaintIds);
            await using var reader = await select.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                received.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }
        }

        var now = DateTimeOffset.UtcNow;
        var count = received.Count;
        var ids = new Guid[count];
        var owners = new Guid[count];
        var decisions = new string[count];
        var historyIds = new Guid[count];
        var outboxIds = new Guid[count];
        var payloads = new string[count];
        for (var i = 0; i < count; i++)
        {
            var (id, touchpointId) = received[i];
            var owner = _defaultOwners.GetValueOrDefault(touchpointId, _defaultOwners[Guid.Empty]);
            ids[i] = id;
            owners[i] = owner;
            decisions[i] = JsonSerializer.Serialize(new
            {
                ownerId = owner, ruleSetVersion = 1, outcome = "DefaultOwner", matchedRuleId = (Guid?)null,
                reasons = new[] { "No rule of version 1 matched: Severity is not Critical.", "The touchpoint's default owner." },
            });
            historyIds[i] = Guid.CreateVersion7(now);
            outboxIds[i] = Guid.CreateVersion7(now);
            payloads[i] = JsonSerializer.Serialize(new ComplaintRouted(id, owner, 1, "DefaultOwner", now, now.AddHours(4), now.AddDays(2)), JsonSerializerOptions.Web);
        }

        await using (var write = new NpgsqlBatch(connection, transaction))
        {
            write.BatchCommands.Add(Command(
                """
                UPDATE complaints AS c SET status = 'Routed', assignee_id = r.owner, routing = r.decision, escalation_level = 0,
                    routed_at = $3, acknowledge_by = $4, resolve_by = $5, version = c.version + 1
                FROM unnest($1, $2, $6) AS r(id, owner, decision) WHERE c.id = r.id
                """,
                ids, owners, now, now.AddHours(4), now.AddDays(2), Jsonb(decisions)));
            write.BatchCommands.Add(Command(
                """
                INSERT INTO complaint_history (id, complaint_id, kind, from_status, to_status, at, actor, text, owner_id)
                SELECT h.id, h.complaint_id, 'Routed', 'Received', 'Routed', $3, 'system', 'Routed to the touchpoint''s default owner.', h.owner
                FROM unnest($1, $2, $4) AS h(id, complaint_id, owner)
                """,
                historyIds, ids, now, owners));
            write.BatchCommands.Add(Command(
                """
                INSERT INTO outbox_messages (id, message_type, payload, headers, created_at, attempts, available_at)
                SELECT m.id, $2, m.payload, '{}', $3, 0, $4 FROM unnest($1, $5) AS m(id, payload)
                """,
                outboxIds, RoutedType, now, now.AddSeconds(15), Jsonb(payloads)));
            await write.ExecuteNonQueryAsync(token);
        }

        await transaction.CommitAsync(token);
        return [.. ids.Zip(outboxIds)];
    }

    /// <summary>
    /// Writes complaints as the worker's benchmark submitter does (each with its Submitted history row and its
    /// ComplaintSubmitted outbox row, <paramref name="count"/> per transaction, committed durably), in one statement per table.
    /// </summary>
    private async Task SubmitAsync(int count, CancellationToken token)
    {
        var now = DateTimeOffset.UtcNow;
        var ids = new Guid[count];
        var customers = new Guid[count];
        var touchpoints = new Guid[count];
        var categories = new string[count];
        var severities = new string[count];
        var keys = new string[count];
        var historyIds = new Guid[count];
        var outboxIds = new Guid[count];
        var payloads = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = Guid.CreateVersion7(now);
            customers[i] = _customers[_random.Next(_customers.Length)];
            touchpoints[i] = _touchpoints[_random.Next(_touchpoints.Length)];
            categories[i] = Categories[_random.Next(Categories.Length)].ToString();
            severities[i] = Severities[_random.Next(Severities.Length)].ToString();
            keys[i] = $"floor-{Guid.NewGuid():N}";
            historyIds[i] = Guid.CreateVersion7(now);
            outboxIds[i] = Guid.CreateVersion7(now);
            payloads[i] = JsonSerializer.Serialize(new ComplaintSubmitted(ids[i], now) { TouchpointId = touchpoints[i], Severity = severities[i] }, JsonSerializerOptions.Web);
        }

        await using var connection = await _database.OpenConnectionAsync(token);
        await using var transaction = await connection.BeginTransactionAsync(token);
        await using (var write = new NpgsqlBatch(connection, transaction))
        {
            write.BatchCommands.Add(Command(
                """
                INSERT INTO complaints (id, customer_id, touchpoint_id, category, severity, text, idempotency_key, status, escalation_level, submitted_at, version)
                SELECT c.id, c.customer_id, c.touchpoint_id, c.category, c.severity, $6, c.key, 'Received', 0, $7, 0
                FROM unnest($1, $2, $3, $4, $5, $8) AS c(id, customer_id, touchpoint_id, category, severity, key)
                """,
                ids, customers, touchpoints, categories, severities, "The parcel never arrived and the hotline did not call back.", now, keys));
            write.BatchCommands.Add(Command(
                """
                INSERT INTO complaint_history (id, complaint_id, kind, to_status, at, actor)
                SELECT h.id, h.complaint_id, 'Submitted', 'Received', $3, 'system' FROM unnest($1, $2) AS h(id, complaint_id)
                """,
                historyIds, ids, now));
            write.BatchCommands.Add(Command(
                """
                INSERT INTO outbox_messages (id, message_type, payload, headers, created_at, attempts)
                SELECT m.id, $2, m.payload, '{}', $3, 0 FROM unnest($1, $4) AS m(id, payload)
                """,
                outboxIds, SubmittedType, now, Jsonb(payloads)));
            await write.ExecuteNonQueryAsync(token);
        }

        await transaction.CommitAsync(token);
    }

    private async Task MarkSentAsync(Guid[] outboxIds, CancellationToken token)
    {
        await using var mark = _database.CreateBatch();
        mark.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        mark.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL synchronous_commit = off"));
        mark.BatchCommands.Add(Command("UPDATE outbox_messages SET sent_at = $2, attempts = attempts + 1 WHERE id = ANY($1)", outboxIds, DateTimeOffset.UtcNow));
        mark.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await mark.ExecuteNonQueryAsync(token);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static NpgsqlParameter Jsonb(string[] documents) =>
        new() { Value = documents, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb };

    private byte[] Body(Guid complaintId)
    {
        var body = new byte[Math.Max(16, _messageBytes)];
        complaintId.TryWriteBytes(body);
        return body;
    }

    /// <summary>
    /// Writes <paramref name="burst"/> complaints in transactions of 100 and waits until each one's ComplaintRouted
    /// row is marked sent.
    /// </summary>
    /// <returns>Complaints per second from the first write to the last mark.</returns>
    public async Task<double> MeasureAsync(int burst, TimeSpan patience, CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _routed) + burst;
        var clock = Stopwatch.StartNew();
        for (var written = 0; written < burst; written += Batch)
        {
            await SubmitAsync(Math.Min(Batch, burst - written), cancellationToken);
        }

        // Counted in memory, so watching costs the database nothing.
        while (Interlocked.Read(ref _routed) < target)
        {
            if (clock.Elapsed > patience)
            {
                throw new TimeoutException($"The floor routed only {burst - (target - Interlocked.Read(ref _routed))} of {burst} complaints within {patience.TotalSeconds:0} s.");
            }

            await Task.Delay(1, cancellationToken);
        }

        return burst / clock.Elapsed.TotalSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        _deliveries.Writer.TryComplete();
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_loops);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        await _consumeChannel.DisposeAsync();
        await _routeChannel.DisposeAsync();
        await _dispatchChannel.DisposeAsync();
        await _broker.DisposeAsync();
        await _database.DisposeAsync();
        _stopping.Dispose();
    }
}
