using CustomerCentric.Api.Authentication;
using CustomerCentric.Api.Complaints;
using CustomerCentric.Api.Customers;
using CustomerCentric.Api.Health;
using CustomerCentric.Api.IntegrationEvents.EventHandling;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema;
using CustomerCentric.Data;
using CustomerCentric.Data.Extensions;
using CustomerCentric.GraphQL.AspNetCore;
using CustomerCentric.GraphQL.Limits;
using CustomerCentric.Messaging.Extensions;
using CustomerCentric.Redis;
using CustomerCentric.ServiceDefaults;
using MassTransit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomerCentric.Api.Extensions;

public static class Extensions
{
    /// <summary>
    /// The API: the database (migrated at start), Redis (idempotency keys, the subscription backplane), MassTransit on
    /// RabbitMQ (the outbox dispatcher publishing ComplaintSubmitted; consumers of ComplaintRouted/ComplaintEscalated),
    /// API key authentication, and the GraphQL server with the code-first schema.
    /// </summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));

        services.AddCustomerCentricData(configuration.GetRequiredConnectionString(ConnectionStrings.Postgres));
        // First hosted service: the schema is current before anything reads or consumes.
        services.AddHostedService<DatabaseStartup>();
        services.AddCustomerCentricRedis(configuration.GetRequiredConnectionString(ConnectionStrings.Redis));
        // The API keeps answering (and keeping complaints in the outbox) while RabbitMQ is down: it does not wait for the broker.
        services.AddCustomerCentricMessaging(
            configuration.GetRequiredConnectionString(ConnectionStrings.RabbitMq), bus => bus.AddApiConsumers(), waitForBroker: false);
        services.AddHealthChecks()
            .AddDbContextCheck<CustomerCentricDbContext>("postgres")
            .AddCheck<RedisHealthCheck>("redis");

        services.AddSingleton<ReadDatabase>();
        services.AddSingleton<ComplaintUpdates>();
        services.AddScoped<ComplaintSubmission>();
        services.AddScoped<ComplaintChanges>();
        services.AddScoped<CustomerChanges>();

        services.AddSingleton<ApiKeyValidator>();
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);

        services.AddGraphQLServer(_ => ApiSchema.Create())
            .ModifyOptions(options =>
            {
                options.RequireAuthenticatedMutations = true;
                // A page of 100 customers with their complaints and history stays well inside; nested pages of pages do not.
                options.OperationLimits = new OperationLimits { MaxDepth = 12, MaxCost = 50_000 };
            });
        services.AddSingleton<IPostConfigureOptions<GraphQLServerOptions>, WebSocketAuthenticationSetup>();
    }

    /// <summary>The API's consumers: one queue per event, shared by the API's instances.</summary>
    public static void AddApiConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddRedisRepublishingConsumer<ComplaintRoutedConsumer>("api-complaint-routed");
        bus.AddRedisRepublishingConsumer<ComplaintEscalatedConsumer>("api-complaint-escalated");
    }

    /// <summary>
    /// A queue shared by all API instances (competing consumers): one instance republishes each event on Redis, and Redis
    /// fans it out to every instance's subscribers. Redis briefly away: retried.
    /// </summary>
    private static void AddRedisRepublishingConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string queueName)
        where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>((_, consumer) =>
                consumer.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200))))
            .Endpoint(endpoint => endpoint.Name = queueName);

    /// <summary>Authenticates every request (API key header or bearer) and refuses anonymous GraphQL requests.</summary>
    public static WebApplication UseApiAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<AnonymousCallerGate>();
        return app;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapGraphQL(ApiEndpoints.GraphQLPath);
        return app;
    }
}
