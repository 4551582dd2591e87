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
public sealed class PublishBeforeConsumerTests(PostgresFixture postgres, RabbitMqFixture rabbitMq, RedisFixture redis) : WorkerDatabaseTest(postgres)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Complaints_published_before_the_worker_ever_started_are_all_routed_once_it_starts()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, Ct);
        var ids = await Database.SubmitComplaintsAsync(300, seed: 51, Ct);
        using (var api = await WorkerHost.StartPublisherAsync(Database, broker, Ct))
        {
            // Confirmed by the broker while no consumer had ever bound a queue on this virtual host.
            await Database.WaitUntilOutboxSentAsync(Patience, Ct);
            await api.StopAsync(Ct);
        }

        Assert.Equal(0, await CountRoutedAsync(ids));

        using var worker = await WorkerHost.StartAsync(Database, broker, redis, Ct);
        await Database.WaitUntilRoutedAsync(ids, Patience, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);
        await worker.StopAsync(Ct);

        var ledger = await Ledger.ReadAsync(Database, ids, Ct);
        ledger.AssertRoutedExactlyOnce(await Database.ExpectedOwnersAsync(ids, Ct));
    }

    [Fact]
    public async Task A_complaint_no_queue_would_take_stays_unsent_with_the_reason_until_its_queue_exists()
    {
        var broker = await RabbitMqVirtualHost.CreateAsync(rabbitMq, Ct);
        using var api = await WorkerHost.StartPublisherAsync(Database, broker, Ct);
        var first = await Database.SubmitComplaintsAsync(1, seed: 52, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);

        // Someone unbinds the consumer queue: the publisher declared the binding once and will not notice.
        var queue = ConsumerQueues.ComplaintSubmittedQueue;
        await RabbitMqVirtualHost.UnbindQueueAsync(rabbitMq, broker, ComplaintSubmitted.EntityName, queue, Ct);
        var second = await Database.SubmitComplaintsAsync(1, seed: 53, Ct);
        await Database.WaitUntilAsync("the unroutable publish to fail", async db =>
        {
            var rows = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.MessageType == typeof(ComplaintSubmitted).FullName).OrderBy(m => m.CreatedAt).ToListAsync(Ct);
            var row = rows[^1];
            return (rows.Count == 2 && row.SentAt is null && row.LastError?.Contains("returned", StringComparison.Ordinal) == true, $"{rows.Count} rows; the last sent at {row.SentAt}, error {row.LastError ?? "none"}");
        }, Patience, Ct);

        // The worker binds its queue again; the dispatcher's retry then reaches it.
        using var worker = await WorkerHost.StartAsync(Database, broker, redis, Ct);
        IReadOnlyList<Guid> both = [.. first, .. second];
        await Database.WaitUntilRoutedAsync(both, Patience, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);
        await worker.StopAsync(Ct);
        await api.StopAsync(Ct);

        var ledger = await Ledger.ReadAsync(Database, both, Ct);
        ledger.AssertRoutedExactlyOnce(await Database.ExpectedOwnersAsync(both, Ct));
    }

    private async Task<int> CountRoutedAsync(IReadOnlyList<Guid> ids)
    {
        await using var db = Database.CreateContext();
        return await db.Complaints.CountAsync(c => ids.Contains(c.Id) && c.Status == ComplaintStatus.Routed, Ct);
    }
}
