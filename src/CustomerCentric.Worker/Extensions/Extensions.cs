using CustomerCentric.Data;
using CustomerCentric.Data.Extensions;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Messaging.Extensions;
using CustomerCentric.Messaging.Health;
using CustomerCentric.Redis;
using CustomerCentric.ServiceDefaults;
using CustomerCentric.Worker.IntegrationEvents.EventHandling;
using CustomerCentric.Worker.Routing;
using CustomerCentric.Worker.Sla;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerCentric.Worker.Extensions;

public static class Extensions
{
    /// <summary>
    /// The worker: the database (migrated at start), Redis for rule set announcements, MassTransit on RabbitMQ with the
    /// consumers, the outbox dispatcher, the rule set watcher, the SLA sweeper, and the watchdog that exits the process
    /// (for its supervisor to restart it) when messaging stalls.
    /// </summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        services.AddCustomerCentricData(configuration.GetRequiredConnectionString(ConnectionStrings.Postgres));
        // First hosted service: the schema is current before anything reads or consumes.
        services.AddHostedService<DatabaseStartup>();
        services.AddHealthChecks().AddDbContextCheck<CustomerCentricDbContext>("postgres");
        services.AddCustomerCentricRedis(configuration.GetRequiredConnectionString(ConnectionStrings.Redis));
        var options = configuration.GetSection(WorkerOptions.Section).Get<WorkerOptions>() ?? new WorkerOptions();
        services.AddWorkerServices(options);
        services.AddCustomerCentricMessaging(configuration.GetRequiredConnectionString(ConnectionStrings.RabbitMq), bus => bus.AddWorkerConsumers());
        services.AddBusStallWatchdog(new BusStallOptions { StallTimeout = options.BusStallTimeout });
        services.AddHostedService<RuleSetWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<SlaSweeper>());
    }

    /// <summary>The worker's consumers with their definitions (the test harness registers the same).</summary>
    public static void AddWorkerConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ComplaintSubmittedConsumer, ComplaintSubmittedConsumerDefinition>();

    /// <summary>What the consumers and the sweeper need, without hosted services or a transport.</summary>
    public static IServiceCollection AddWorkerServices(this IServiceCollection services, WorkerOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(SlaPolicy.Default);
        services.AddSingleton<RuleSetCache>();
        services.AddScoped<ComplaintRouter>();
        services.AddSingleton<RoutingGroupCommit>();
        services.AddSingleton<SlaSweeper>();
        return services;
    }
}
