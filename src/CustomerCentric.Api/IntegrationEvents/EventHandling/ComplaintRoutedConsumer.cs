using CustomerCentric.Api.Complaints;
using CustomerCentric.Contracts.Complaints;
using MassTransit;

namespace CustomerCentric.Api.IntegrationEvents.EventHandling;

/// <summary>Tells every API instance's subscribers (through Redis) that the worker routed a complaint.</summary>
public sealed class ComplaintRoutedConsumer(ComplaintUpdates updates) : IConsumer<ComplaintRouted>
{
    public Task Consume(ConsumeContext<ComplaintRouted> context) =>
        updates.PublishAsync(new ComplaintUpdate(context.Message.ComplaintId, context.Message.OwnerId, "Routed"));
}
