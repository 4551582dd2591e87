using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Extensions;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Extensions;
using CustomerCentric.Worker.IntegrationEvents.EventHandling;
using CustomerCentric.Worker.Tests.World;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Worker.Tests.Routing;

/// <summary>The consumer and its definition under MassTransit's test harness (in-memory bus), on a real database.</summary>
public sealed class ComplaintSubmittedConsumerTests(PostgresFixture postgres) : WorkerDatabaseTest(postgres)
{
    private ServiceProvider CreateProvider() =>
        new ServiceCollection()
            .AddLogging()
            .AddCustomerCentricData(Database.ConnectionString)
            .AddWorkerServices(new WorkerOptions())
            .AddMassTransitTestHarness(bus => bus.AddWorkerConsumers())
            .BuildServiceProvider(true);

    [Fact]
    public async Task Routes_a_received_complaint_with_its_decision_deadlines_and_one_ComplaintRouted_in_the_outbox()
    {
        var id = (await Database.SubmitComplaintsAsync(1, seed: 11, Ct)).Single();
        var expected = (await Database.ExpectedOwnersAsync([id], Ct))[id];
        await using var provider = CreateProvider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new ComplaintSubmitted(id, DateTimeOffset.UtcNow), Ct);
        Assert.True(await harness.GetConsumerHarness<ComplaintSubmittedConsumer>().Consumed.Any<ComplaintSubmitted>(Ct));

        await using var db = Database.CreateContext();
        var complaint = await db.Complaints.WithHistory().SingleAsync(c => c.Id == id, Ct);
        Assert.Equal(ComplaintStatus.Routed, complaint.Status);
        Assert.Equal(expected.Owner, complaint.AssigneeId);
        Assert.Equal(1, complaint.Routing!.RuleSetVersion);
        Assert.Equal(SlaPolicy.Default.Deadlines(complaint.Severity, complaint.RoutedAt!.Value), new SlaDeadlines(complaint.AcknowledgeBy!.Value, complaint.ResolveBy!.Value));
        if (complaint.Routing.Outcome == RoutingOutcome.MatchedRule)
        {
            Assert.NotNull(complaint.Routing.MatchedRuleId);
        }

        var routed = await db.OutboxMessages.Where(m => m.MessageType == typeof(ComplaintRouted).FullName).ToListAsync(Ct);
        var message = Assert.Single(routed);
        Assert.Contains(id.ToString(), message.Payload);
    }

    [Fact]
    public async Task A_redelivered_message_changes_nothing_and_publishes_nothing_a_second_time()
    {
        var id = (await Database.SubmitComplaintsAsync(1, seed: 12, Ct)).Single();
        await using var provider = CreateProvider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var consumer = harness.GetConsumerHarness<ComplaintSubmittedConsumer>();
        var messageId = Guid.NewGuid();

        await harness.Bus.Publish(new ComplaintSubmitted(id, DateTimeOffset.UtcNow), c => c.MessageId = messageId, Ct);
        Assert.True(await consumer.Consumed.Any<ComplaintSubmitted>(Ct));
        int versionAfterFirst;
        await using (var db = Database.CreateContext())
        {
            versionAfterFirst = (await db.Complaints.SingleAsync(c => c.Id == id, Ct)).Version;
        }

        // A redelivery (same MessageId) and a duplicate published anew (another MessageId, as a re-sent outbox row would not be).
        var duplicateId = Guid.NewGuid();
        await harness.Bus.Publish(new ComplaintSubmitted(id, DateTimeOffset.UtcNow), c => c.MessageId = messageId, Ct);
        await harness.Bus.Publish(new ComplaintSubmitted(id, DateTimeOffset.UtcNow), c => c.MessageId = duplicateId, Ct);
        Assert.True(await consumer.Consumed.Any<ComplaintSubmitted>(m => m.Context.MessageId == duplicateId, Ct));
        await harness.InactivityTask;
        Assert.False(await harness.Published.Any<Fault<ComplaintSubmitted>>(Ct));

        await using var read = Database.CreateContext();
        var complaint = await read.Complaints.WithHistory().SingleAsync(c => c.Id == id, Ct);
        Assert.Equal(versionAfterFirst, complaint.Version);
        Assert.Single(complaint.History, h => h.Kind == ComplaintHistoryKind.Routed);
        Assert.Equal(1, await read.OutboxMessages.CountAsync(m => m.MessageType == typeof(ComplaintRouted).FullName, Ct));
    }

    [Fact]
    public async Task A_message_for_a_complaint_that_does_not_exist_faults_once_without_retries()
    {
        await using var provider = CreateProvider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var missing = Guid.NewGuid();

        await harness.Bus.Publish(new ComplaintSubmitted(missing, DateTimeOffset.UtcNow), Ct);

        Assert.True(await harness.Published.Any<Fault<ComplaintSubmitted>>(Ct));
        var fault = harness.Published.Select<Fault<ComplaintSubmitted>>(Ct).Single().Context.Message;
        Assert.Equal(missing, fault.Message.ComplaintId);
        Assert.Equal(typeof(ComplaintNotFoundException).FullName, Assert.Single(fault.Exceptions).ExceptionType);
        await harness.InactivityTask;
        // One attempt: the retry policy ignores this exception (a retried message would be consumed RetryLimit + 1 times).
        Assert.Single(harness.GetConsumerHarness<ComplaintSubmittedConsumer>().Consumed.Select<ComplaintSubmitted>(Ct));
    }
}
