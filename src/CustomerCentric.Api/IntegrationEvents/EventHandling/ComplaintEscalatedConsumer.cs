using CustomerCentric.Api.Complaints;
using CustomerCentric.Contracts.Complaints;
using MassTransit;

namespace CustomerCentric.Api.IntegrationEvents.EventHandling;

/// <summary>Tells every API instance's subscribers (through Redis) that a complaint was escalated to a new owner.</summary>
public sealed class ComplaintEscalatedConsumer(ComplaintUpdates updates) : IConsumer<ComplaintEscalated>
{
    public Task Consume(ConsumeContext<ComplaintEscalated> context) =>
        updates.PublishAsync(new ComplaintUpdate(context.Message.ComplaintId, context.Message.ToOwnerId, "Escalated"));
}
