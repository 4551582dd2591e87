using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Worker.Routing;
using MassTransit;

namespace CustomerCentric.Worker.IntegrationEvents.EventHandling;

/// <summary>
/// Routes a submitted complaint to its owner (see <see cref="ComplaintRouter"/>), in a transaction shared with the
/// complaints other messages brought at the same moment (<see cref="RoutingGroupCommit"/>); a redelivery changes nothing.
/// </summary>
public sealed class ComplaintSubmittedConsumer(RoutingGroupCommit routing) : IConsumer<ComplaintSubmitted>
{
    public async Task Consume(ConsumeContext<ComplaintSubmitted> context) =>
        await routing.RouteAsync(context.Message.ComplaintId, context.CancellationToken);
}
