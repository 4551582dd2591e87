using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Worker.Routing;
using MassTransit;

namespace CustomerCentric.Worker.IntegrationEvents.EventHandling;

/// <summary>Routes a submitted complaint to its owner (see <see cref="ComplaintRouter"/>); a redelivery changes nothing.</summary>
public sealed class ComplaintSubmittedConsumer(ComplaintRouter router) : IConsumer<ComplaintSubmitted>
{
    public async Task Consume(ConsumeContext<ComplaintSubmitted> context) =>
        await router.RouteAsync(context.Message.ComplaintId, context.CancellationToken);
}
