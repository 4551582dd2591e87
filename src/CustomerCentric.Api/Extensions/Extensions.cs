using CustomerCentric.Api.Authentication;
using CustomerCentric.Api.Complaints;
using CustomerCentric.Api.Health;
using CustomerCentric.Api.IntegrationEvents.EventHandling;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema;
using CustomerCentric.Data;
using CustomerCentric.Data.Extensions;
using CustomerCentric.GraphQL.AspNetCore;
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
        services.AddCustomerCentricMessaging(configuration.GetRequiredConnectionString(ConnectionStrings.RabbitMq), bus => bus.AddApiConsumers());
        services.AddHealthChecks()
            .AddDbContextCheck<CustomerCentricDbContext>("postgres")
            .AddCheck<RedisHealthCheck>("redis");

        services.AddSingleton<ReadDatabase>();
        services.AddSingleton<ComplaintUpdates>();
        services.AddScoped<ComplaintSubmission>();
        services.AddScoped<ComplaintChanges>();

        services.AddSingleton<ApiKeyValidator>();
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);

        services.AddGraphQLServer(_ => ApiSchema.Create())
            .ModifyOptions(options => options.RequireAuthenticatedMutations = true);
        services.AddSingleton<IPostConfigureOptions<GraphQLServerOptions>, WebSocketAuthenticationSetup>();
    }

    /// <summary>The API's consumers with their definitions (one queue per event, shared by the API's instances).</summary>
    public static void AddApiConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ComplaintRoutedConsumer, ComplaintRoutedConsumerDefinition>();
        bus.AddConsumer<ComplaintEscalatedConsumer, ComplaintEscalatedConsumerDefinition>();
    }

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
