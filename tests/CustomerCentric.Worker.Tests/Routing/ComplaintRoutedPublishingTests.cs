using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data.Extensions;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Messaging.Extensions;
using CustomerCentric.Messaging.Outbox;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Extensions;
using CustomerCentric.Worker.Tests.World;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Worker.Tests.Routing;

/// <summary>
/// ComplaintRouted leaves right after the routing commit, published by the worker itself; the outbox dispatcher stands
/// by for when the worker did not get that far (a crash between the commit and the publish), and never sends it twice.
/// Under MassTransit's test harness (in-memory bus), on a real database.
/// </summary>
public sealed class ComplaintRoutedPublishingTests(PostgresFixture postgres) : WorkerDatabaseTest(postgres)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private ServiceProvider CreateProvider(TimeProvider time) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton(time)
            .AddCustomerCentricData(Database.ConnectionString)
            .AddWorkerServices(new WorkerOptions())
            .AddMassTransitTestHarness(bus => bus.AddWorkerConsumers())
            .AddOutboxDispatcher(new OutboxDispatcherOptions { PollInterval = TimeSpan.FromMilliseconds(100) })
            .BuildServiceProvider(true);

    [Fact]
    public async Task ComplaintRouted_is_published_once_right_after_the_commit_and_its_row_marked_sent()
    {
        var ids = await Database.SubmitComplaintsAsync(20, seed: 81, Ct);
        await using var provider = CreateProvider(TimeProvider.System);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();

        // The dispatcher publishes the ComplaintSubmitted rows; the consumer routes them and publishes each ComplaintRouted.
        while ((await dispatcher.DispatchBatchAsync(Ct)).Claimed > 0)
        {
        }

        await Database.WaitUntilRoutedAsync(ids, Patience, Ct);
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);
        // The dispatcher had every chance to send the routed rows a second time.
        await dispatcher.DispatchBatchAsync(Ct);
        await harness.InactivityTask;

        await using var db = Database.CreateContext();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == typeof(ComplaintRouted).FullName).ToListAsync(Ct);
        Assert.Equal(ids.Count, rows.Count);
        Assert.All(rows, row =>
        {
            // Reserved for the worker, so no dispatcher took it, and marked sent by the worker: attempted once.
            Assert.NotNull(row.AvailableAt);
            Assert.NotNull(row.SentAt);
            Assert.Equal(1, row.Attempts);
        });
        var published = harness.Published.Select<ComplaintRouted>(Ct).ToList();
        Assert.Equal(rows.Select(r => r.Id).Order(), published.Select(p => p.Context.MessageId!.Value).Order());
        Assert.Equal(ids.Order(), published.Select(p => p.Context.Message.ComplaintId).Order());
    }

    [Fact]
    public async Task A_row_its_writer_committed_but_never_published_is_sent_by_the_dispatcher_once_the_reservation_ends()
    {
        var time = new ShiftedTimeProvider();
        await using var provider = CreateProvider(time);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var publisher = provider.GetRequiredService<OutboxPublisher>();
        var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
        var options = provider.GetRequiredService<OutboxDispatcherOptions>();

        // What a worker killed between its routing commit and its publish leaves behind: a reserved, unsent row.
        var complaintId = Guid.NewGuid();
        OutboxMessage row;
        await using (var db = Database.CreateContext())
        {
            row = publisher.Reserve(new DbContextOutbox(db, time).Enqueue(new ComplaintRouted(
                complaintId, Guid.NewGuid(), 1, "MatchedRule", time.GetUtcNow(), time.GetUtcNow().AddHours(1), time.GetUtcNow().AddDays(1))));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(0, (await dispatcher.DispatchBatchAsync(Ct)).Claimed);
        Assert.False(await harness.Published.Any<ComplaintRouted>(Ct));

        time.Offset = options.WriterReservation + TimeSpan.FromSeconds(1);
        await dispatcher.DispatchBatchAsync(Ct);
        Assert.True(await harness.Published.Any<ComplaintRouted>(m => m.Context.Message.ComplaintId == complaintId, Ct));
        await Database.WaitUntilOutboxSentAsync(Patience, Ct);
        await harness.InactivityTask;
        var sent = Assert.Single(harness.Published.Select<ComplaintRouted>(Ct));
        Assert.Equal(row.Id, sent.Context.MessageId);
    }
}
