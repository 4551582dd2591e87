using CustomerCentric.Contracts.Complaints;
using MassTransit;

namespace CustomerCentric.Messaging.Topology;

/// <summary>
/// The durable queues that consume our messages. RabbitMQ drops a message its exchange cannot route, so a queue bound
/// only when its consumer starts would lose whatever was published before: every publisher therefore declares these
/// queues and their bindings itself (the same ones the consumer's receive endpoint declares), and publishes these
/// messages as mandatory, so an unroutable one fails its publish (the outbox row stays unsent) instead of vanishing.
/// </summary>
public static class ConsumerQueues
{
    /// <summary>The worker's ComplaintSubmittedConsumer endpoint (also the name of its fan-out exchange).</summary>
    public const string ComplaintSubmittedQueue = "complaint-submitted";

    /// <summary>Where MassTransit moves what these endpoints could not consume (the worker's command and the admin list them).</summary>
    public static IReadOnlyList<string> ErrorQueues { get; } = [ComplaintSubmittedQueue + "_error"];

    /// <summary>Whether <paramref name="messageType"/> has a consumer queue it must reach.</summary>
    public static bool MustReachAQueue(Type messageType) => messageType == typeof(ComplaintSubmitted);

    /// <summary>Declares each consumer queue, bound to its message's exchange, before the first publish of that message.</summary>
    /// <remarks>
    /// The queue is bound to the message exchange directly; the receive endpoint adds its own path through an exchange named
    /// after the queue. RabbitMQ delivers a message once per queue however many bindings lead there.
    /// </remarks>
    public static void Declare(IRabbitMqBusFactoryConfigurator rabbit)
    {
        ArgumentNullException.ThrowIfNull(rabbit);
        rabbit.Publish<ComplaintSubmitted>(topology => topology.BindQueue(ComplaintSubmitted.EntityName, ComplaintSubmittedQueue));
    }
}
