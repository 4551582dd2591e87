using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Tests.World;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Worker.Tests.Contracts;

/// <summary>
/// Producers and consumers of different contract versions talk through RabbitMQ and MassTransit's JSON serializer:
/// an older consumer reads a newer message (ignoring what it does not know) and a newer consumer reads an older one
/// (the optional fields keep their defaults). The two stand-ins share the real contract's URN and exchange.
/// </summary>
public sealed class ContractVersionTests(RabbitMqFixture rabbitMq)
{
    [MessageUrn(ComplaintSubmitted.Urn)]
    [EntityName(ComplaintSubmitted.EntityName)]
    public sealed record FirstComplaintSubmitted(Guid ComplaintId, DateTimeOffset SubmittedAt);

    [MessageUrn(ComplaintSubmitted.Urn)]
    [EntityName(ComplaintSubmitted.EntityName)]
    public sealed record NextComplaintSubmitted(Guid ComplaintId, DateTimeOffset SubmittedAt)
    {
        public Guid? TouchpointId { get; init; }

        public string? Severity { get; init; }

        public string? Channel { get; init; }
    }

    public sealed class FirstVersionReader : IConsumer<FirstComplaintSubmitted>
    {
        public Task Consume(ConsumeContext<FirstComplaintSubmitted> context) => Task.CompletedTask;
    }

    public sealed class CurrentVersionReader : IConsumer<ComplaintSubmitted>
    {
        public Task Consume(ConsumeContext<ComplaintSubmitted> context) => Task.CompletedTask;
    }

    [Fact]
    public async Task Older_and_newer_producers_and_consumers_read_each_other()
    {
        var ct = TestContext.Current.CancellationToken;
        var virtualHost = new Uri(await RabbitMqVirtualHost.CreateAsync(rabbitMq, ct));
        await using var provider = new ServiceCollection()
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<FirstVersionReader>().Endpoint(e => e.Name = $"versions-first-{Guid.NewGuid():N}");
                bus.AddConsumer<CurrentVersionReader>().Endpoint(e => e.Name = $"versions-current-{Guid.NewGuid():N}");
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(virtualHost);
                    rabbit.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            var newer = new NextComplaintSubmitted(Guid.NewGuid(), DateTimeOffset.UtcNow) { TouchpointId = Guid.NewGuid(), Severity = "High", Channel = "Web" };
            var older = new FirstComplaintSubmitted(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1));
            await harness.Bus.Publish(newer, ct);
            await harness.Bus.Publish(older, ct);

            // The first-version consumer got the newer message: its own fields intact, the rest ignored.
            var first = harness.GetConsumerHarness<FirstVersionReader>();
            Assert.True(await first.Consumed.Any<FirstComplaintSubmitted>(m => m.Context.Message.ComplaintId == newer.ComplaintId, ct));
            var readByFirst = first.Consumed.Select<FirstComplaintSubmitted>(m => m.Context.Message.ComplaintId == newer.ComplaintId, ct).Single();
            Assert.Equal(newer.SubmittedAt, readByFirst.Context.Message.SubmittedAt);

            // The current consumer got both: the newer one with its optional fields, the older one with their defaults.
            var current = harness.GetConsumerHarness<CurrentVersionReader>();
            Assert.True(await current.Consumed.Any<ComplaintSubmitted>(m => m.Context.Message.ComplaintId == older.ComplaintId, ct));
            Assert.True(await current.Consumed.Any<ComplaintSubmitted>(m => m.Context.Message.ComplaintId == newer.ComplaintId, ct));
            var fromOlder = current.Consumed.Select<ComplaintSubmitted>(m => m.Context.Message.ComplaintId == older.ComplaintId, ct).Single().Context.Message;
            var fromNewer = current.Consumed.Select<ComplaintSubmitted>(m => m.Context.Message.ComplaintId == newer.ComplaintId, ct).Single().Context.Message;
            Assert.Equal(older.SubmittedAt, fromOlder.SubmittedAt);
            Assert.Null(fromOlder.TouchpointId);
            Assert.Null(fromOlder.Severity);
            Assert.Equal(newer.TouchpointId, fromNewer.TouchpointId);
            Assert.Equal("High", fromNewer.Severity);
        }
        finally
        {
            await harness.Stop(ct);
        }
    }
}
