using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CustomerCentric.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IPubSub"/> and <see cref="IExpiringKeys"/> over Redis at <paramref name="connectionString"/> ("host:port").</summary>
    public static IServiceCollection AddCustomerCentricRedis(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("A Redis connection string (host:port) is required.", nameof(connectionString));
        }

        // Fail now on a malformed value, not at the first publish.
        ConfigurationOptions.Parse(connectionString);
        services.AddSingleton(_ => new RedisPubSub(connectionString));
        services.AddSingleton<IPubSub>(provider => provider.GetRequiredService<RedisPubSub>());
        services.AddSingleton(_ => new RedisExpiringKeys(connectionString));
        services.AddSingleton<IExpiringKeys>(provider => provider.GetRequiredService<RedisExpiringKeys>());
        return services;
    }
}
