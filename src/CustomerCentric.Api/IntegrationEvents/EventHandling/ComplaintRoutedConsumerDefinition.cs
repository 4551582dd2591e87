using MassTransit;

namespace CustomerCentric.Api.IntegrationEvents.EventHandling;

/// <summary>
/// One queue shared by all API instances (competing consumers): one instance republishes each event on Redis, and Redis
/// fans it out to every instance's subscribers. Redis briefly away: retried.
/// </summary>
public sealed class ComplaintRoutedConsumerDefinition : ConsumerDefinition<ComplaintRoutedConsumer>
{
    public const string QueueName = "api-complaint-routed";

    public ComplaintRoutedConsumerDefinition()
    {
        EndpointName = QueueName;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintRoutedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
}
