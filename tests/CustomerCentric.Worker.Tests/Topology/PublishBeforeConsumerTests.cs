using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Messaging.Topology;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Tests.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CustomerCentric.Worker.Tests.Topology;

/// <summary>
/// RabbitMQ drops what no queue is bound to receive. These tests publish while no worker runs on a fresh virtual host
/// and show that nothing is lost: the publisher declares the consumer queue itself, and a message that still finds no
/// queue fails its publish and stays in the outbox.
/// </summary>
public sealed class PublishBeforeConsumerTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly WorkerDatabase _database = new(postgres);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Complaints_published_before_the_worker_ever_started_are_all_routed_once_it_starts()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, _ct);
        var ids = await _database.SubmitComplaintsAsync(300, seed: 51, _ct);
        using (var api = await WorkerHost.StartPublisherAsync(_database, broker, _ct))
        {
            // Confirmed by the broker while no consumer had ever bound a queue on this virtual host.
            await _database.WaitUntilOutboxSentAsync(Patience, _ct);
            await api.StopAsync(_ct);
        }

        Assert.Equal(0, await CountRoutedAsync(ids));

        using var worker = await WorkerHost.StartAsync(_database, broker, redis, _ct);
        await _database.WaitUntilRoutedAsync(ids, Patience, _ct);
        await _database.WaitUntilOutboxSentAsync(Patience, _ct);
        await worker.StopAsync(_ct);

        var ledger = await Ledger.ReadAsync(_database, ids, _ct);
        ledger.AssertRoutedExactlyOnce(await _database.ExpectedOwnersAsync(ids, _ct));
    }

    [Fact]
    public async Task A_complaint_no_queue_would_take_stays_unsent_with_the_reason_until_its_queue_exists()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, _ct);
        using var api = await WorkerHost.StartPublisherAsync(_database, broker, _ct);
        var first = await _database.SubmitComplaintsAsync(1, seed: 52, _ct);
        await _database.WaitUntilOutboxSentAsync(Patience, _ct);

        // Someone unbinds the consumer queue: the publisher declared the binding once and will not notice.
        var queue = ConsumerQueues.ComplaintSubmittedQueue;
        await RabbitMqVirtualHost.UnbindQueueAsync(rabbitMq, broker, ComplaintSubmitted.EntityName, queue, _ct);
        var second = await _database.SubmitComplaintsAsync(1, seed: 53, _ct);
        await _database.WaitUntilAsync("the unroutable publish to fail", async db =>
        {
            var rows = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.MessageType == typeof(ComplaintSubmitted).FullName).OrderBy(m => m.CreatedAt).ToListAsync(_ct);
            var row = rows[^1];
            return (rows.Count == 2 && row.SentAt is null && row.LastError?.Contains("returned", StringComparison.Ordinal) == true, $"{rows.Count} rows; the last sent at {row.SentAt}, error {row.LastError ?? "none"}");
        }, Patience, _ct);

        // The worker binds its queue again; the dispatcher's retry then reaches it.
        using var worker = await WorkerHost.StartAsync(_database, broker, redis, _ct);
        IReadOnlyList<Guid> both = [.. first, .. second];
        await _database.WaitUntilRoutedAsync(both, Patience, _ct);
        await _database.WaitUntilOutboxSentAsync(Patience, _ct);
        await worker.StopAsync(_ct);
        await api.StopAsync(_ct);

        var ledger = await Ledger.ReadAsync(_database, both, _ct);
        ledger.AssertRoutedExactlyOnce(await _database.ExpectedOwnersAsync(both, _ct));
    }

    private async Task<int> CountRoutedAsync(IReadOnlyList<Guid> ids)
    {
        await using var db = _database.CreateContext();
        return await db.Complaints.CountAsync(c => ids.Contains(c.Id) && c.Status == ComplaintStatus.Routed, _ct);
    }
}
