using CustomerCentric.Messaging.Health;
using CustomerCentric.Messaging.Outbox;
using CustomerCentric.Messaging.Topology;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerCentric.Messaging.Extensions;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (kebab-case endpoint names, publisher confirms, the <see cref="ConsumerQueues"/> declared by
    /// publishers too) with the consumers <paramref name="consumers"/> adds, plus the <see cref="OutboxDispatcher"/> that
    /// publishes the outbox. Needs AddCustomerCentricData first.
    /// </summary>
    /// <param name="rabbitMqConnectionString">An amqp:// URI, e.g. amqp://guest:guest@127.0.0.1:5672/.</param>
    /// <param name="waitForBroker">
    /// True: host start waits until the bus is connected and its endpoints ready, and fails when RabbitMQ cannot be reached
    /// (the worker: nothing to do without it). False: the host starts at once and the bus connects when RabbitMQ is there
    /// (the API: it serves and stores outbox rows while RabbitMQ is down; mandatory publishes keep unroutable rows unsent).
    /// </param>
    public static IServiceCollection AddCustomerCentricMessaging(
        this IServiceCollection services, string rabbitMqConnectionString, Action<IBusRegistrationConfigurator>? consumers = null,
        bool waitForBroker = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        var uri = ParseAmqpUri(rabbitMqConnectionString);
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            consumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(uri, host => host.PublisherConfirmation = true);
                ConsumerQueues.Declare(rabbit);
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Nothing after the bus (the dispatcher, the sweeper) starts before the receive endpoints are bound and consuming.
        services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = waitForBroker;
            host.StartTimeout = TimeSpan.FromMinutes(1);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services.AddOutboxDispatcher();
    }

    /// <summary>Only the dispatcher, over whatever bus is registered (the test harness uses this).</summary>
    public static IServiceCollection AddOutboxDispatcher(this IServiceCollection services, OutboxDispatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new OutboxDispatcherOptions());
        services.TryAddSingleton(OutboxMessageTypes.Contracts);
        services.TryAddSingleton<OutboxPublishHealth>();
        services.TryAddSingleton<OutboxSentMarks>();
        services.TryAddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    /// <summary>
    /// The <see cref="BusStallWatchdog"/>: the process stops with exit code <see cref="BusStallOptions.ExitCode"/> when
    /// messaging stalls, for its supervisor to restart it. For services whose only job is messaging (the worker).
    /// </summary>
    public static IServiceCollection AddBusStallWatchdog(this IServiceCollection services, BusStallOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxPublishHealth>();
        services.AddSingleton(options);
        services.AddHostedService<BusStallWatchdog>();
        return services;
    }

    private static Uri ParseAmqpUri(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("A RabbitMQ connection string (amqp:// URI) is required.", nameof(connectionString));
        }

        return Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps"
            ? uri
            : throw new ArgumentException($"The RabbitMQ connection string must be an amqp:// or amqps:// URI (was '{connectionString}').", nameof(connectionString));
    }
}
