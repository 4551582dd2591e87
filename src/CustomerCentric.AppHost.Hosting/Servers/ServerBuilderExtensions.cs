using CustomerCentric.AppHost.Hosting.ApplicationModel;

namespace CustomerCentric.AppHost.Hosting.Servers;

/// <summary>AddRedis, AddRabbitMQ, AddPostgres and AddDatabase, named as in Aspire's hosting integrations.</summary>
public static class ServerBuilderExtensions
{
    /// <param name="port">The port to use when it is free (fixed for people); otherwise a free one.</param>
    public static IResourceBuilder<RedisResource> AddRedis(this DistributedApplicationBuilder builder, string name, int? port = null) =>
        builder.AddResource(new RedisResource(name, port));

    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this DistributedApplicationBuilder builder, string name, int? port = null) =>
        builder.AddResource(new RabbitMQServerResource(name, port));

    /// <summary>Links the management UI (guest/guest on loopback) on <paramref name="port"/> when it is free.</summary>
    public static IResourceBuilder<RabbitMQServerResource> WithManagementPlugin(this IResourceBuilder<RabbitMQServerResource> builder, int? port = null)
    {
        builder.Resource.ManagementPort = port;
        return builder.WithUrl("/", "RabbitMQ management", "guest", "guest");
    }

    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name, int? port = null) =>
        builder.AddResource(new PostgresServerResource(name, port));

    /// <summary>A database on the server; services that reference it get ConnectionStrings__&lt;name&gt;.</summary>
    /// <param name="databaseName">The database's name on the server (the resource's name when null).</param>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null) =>
        builder.ApplicationBuilder.AddResource(new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource));
}
