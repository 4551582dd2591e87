using System.Data.Common;
using CustomerCentric.Messaging.Topology;
using CustomerCentric.Worker.Routing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Worker.IntegrationEvents.EventHandling;

/// <summary>
/// Retries what may pass (the database briefly away, two workers racing on one complaint) with exponential back-off;
/// anything else, and a message naming no complaint, goes straight to the error queue (complaint-submitted_error).
/// </summary>
public sealed class ComplaintSubmittedConsumerDefinition : ConsumerDefinition<ComplaintSubmittedConsumer>
{
    /// <summary>
    /// Messages handled at once by one worker. They wait together on a few group transactions (<see cref="RoutingGroupCommit"/>),
    /// so more at once makes larger groups, not more database connections.
    /// </summary>
    public const int ConcurrencyLimit = 2 * RoutingGroupCommit.MaxGroup;

    public const int RetryLimit = 6;

    public ComplaintSubmittedConsumerDefinition()
    {
        // The queue publishers declare too (see ConsumerQueues), so nothing published before the worker's first start is lost.
        EndpointName = ConsumerQueues.ComplaintSubmittedQueue;
        ConcurrentMessageLimit = ConcurrencyLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintSubmittedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = ConcurrencyLimit * 2;
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(RetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300));
            retry.Ignore<ComplaintNotFoundException>();
            // A concurrency conflict means another worker changed the complaint first: the retry finds it routed and stops.
            retry.Handle<DbUpdateConcurrencyException>();
            retry.Handle<DbUpdateException>(IsTransient);
            retry.Handle<DbException>(e => e.IsTransient);
            retry.Handle<TimeoutException>();
            retry.Handle<InvalidOperationException>(e => e.InnerException is DbException { IsTransient: true });
        });
    }

    private static bool IsTransient(DbUpdateException exception) => exception.InnerException is DbException { IsTransient: true };
}
