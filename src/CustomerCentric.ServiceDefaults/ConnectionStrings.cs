using Microsoft.Extensions.Configuration;

namespace CustomerCentric.ServiceDefaults;

/// <summary>
/// Aspire's convention: a resource named "postgres" reaches a service as ConnectionStrings:postgres (the environment
/// variable ConnectionStrings__postgres). RabbitMQ's is an amqp:// URI, Redis's "host:port".
/// </summary>
public static class ConnectionStrings
{
    public const string Postgres = "postgres";
    public const string Redis = "redis";
    public const string RabbitMq = "rabbitmq";

    /// <exception cref="InvalidOperationException">The connection string is missing or empty, with the variable to set.</exception>
    public static string GetRequiredConnectionString(this IConfiguration configuration, string name)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration.GetConnectionString(name);
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                $"Connection string '{name}' is not configured: set ConnectionStrings:{name} (environment variable ConnectionStrings__{name}).")
            : value;
    }
}
