using CustomerCentric.GraphQL.AspNetCore.Http;
using CustomerCentric.GraphQL.AspNetCore.Ide;
using CustomerCentric.GraphQL.AspNetCore.PersistedOperations;
using CustomerCentric.GraphQL.AspNetCore.WebSockets;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>
/// Registers the GraphQL server: <c>builder.Services.AddGraphQLServer(schema)</c>, then <c>app.MapGraphQL()</c>.
/// The chained methods configure options, persisted operations and WebSocket authentication.
/// </summary>
public static class GraphQLServerServiceCollectionExtensions
{
    public static IGraphQLServerBuilder AddGraphQLServer(this IServiceCollection services, GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQLServer(_ => schema);
    }

    /// <summary>Code-first: the schema is built from the classes <paramref name="configure"/> adds to a <see cref="SchemaBuilder"/>.</summary>
    public static IGraphQLServerBuilder AddGraphQLServer(this IServiceCollection services, Action<SchemaBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddGraphQLServer(_ =>
        {
            var builder = new SchemaBuilder();
            configure(builder);
            return builder.Create();
        });
    }

    /// <summary>The schema is made once, when the server is first needed, with the application's services at hand.</summary>
    public static IGraphQLServerBuilder AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, GraphQLSchema> schemaFactory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        services.AddOptions<GraphQLServerOptions>();
        // AddAuthorization, not AddAuthorizationCore: WebApplication adds the authorization middleware when it sees authorization services, and that middleware needs the full registration.
        services.AddAuthorization();
        services.TryAddSingleton(provider => new GraphQLServer(
            schemaFactory(provider),
            provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>(),
            provider.GetService<IPersistedOperationStore>(),
            provider.GetRequiredService<ILogger<GraphQLServer>>()));
        services.TryAddSingleton<GraphQLWebSocketEndpoint>();
        services.TryAddSingleton<GraphiQLPage>();
        services.TryAddSingleton<GraphQLHttpEndpoint>();
        return new GraphQLServerBuilder(services);
    }

    public static IGraphQLServerBuilder ModifyOptions(this IGraphQLServerBuilder builder, Action<GraphQLServerOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Authenticates WebSocket connections from connection_init's payload (an API key, a bearer token...).</summary>
    public static IGraphQLServerBuilder AddConnectionInitHandler(this IGraphQLServerBuilder builder, ConnectionInitHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return builder.ModifyOptions(options => options.OnConnectionInit = handler);
    }

    /// <summary>Automatic persisted queries with a store in this process.</summary>
    public static IGraphQLServerBuilder AddInMemoryPersistedOperations(this IGraphQLServerBuilder builder, int capacity = 10_000)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<IPersistedOperationStore>(new InMemoryPersistedOperationStore(capacity)));
        return builder;
    }

    /// <summary>Automatic persisted queries shared by all instances through Redis (<paramref name="configuration"/>: "host:port,...").</summary>
    public static IGraphQLServerBuilder AddRedisPersistedOperations(this IGraphQLServerBuilder builder, string configuration, TimeSpan? expiry = null, string prefix = "graphql:persisted:")
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<IPersistedOperationStore>(_ => new RedisPersistedOperationStore(configuration, prefix, expiry)));
        return builder;
    }

    /// <summary>Any other store (operations loaded from a build's manifest, a database...).</summary>
    public static IGraphQLServerBuilder AddPersistedOperationStore(this IGraphQLServerBuilder builder, Func<IServiceProvider, IPersistedOperationStore> factory)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }
}
