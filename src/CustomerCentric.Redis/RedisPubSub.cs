using StackExchange.Redis;

namespace CustomerCentric.Redis;

/// <summary>
/// <see cref="IPubSub"/> over one shared StackExchange.Redis 1.2.6 multiplexer. It reconnects by itself and, once
/// reconnected, subscribes again; messages published while it was away are lost (pub/sub keeps nothing).
/// </summary>
public sealed class RedisPubSub : IPubSub, IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection;

    /// <param name="connectionString">"host:port" (StackExchange.Redis format), as Aspire's ConnectionStrings:redis.</param>
    public RedisPubSub(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("A Redis connection string (host:port) is required.", nameof(connectionString));
        }

        var options = ConfigurationOptions.Parse(connectionString);
        // Start even while Redis is down and keep retrying: pub/sub is a hint here, never a reason to crash.
        options.AbortOnConnectFail = false;
        _connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
    }

    public async Task<long> PublishAsync(string channel, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(message);
        return await _connection.Value.GetSubscriber().PublishAsync(channel, message);
    }

    public async Task<IAsyncDisposable> SubscribeAsync(string channel, Action<string> handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(handler);
        var subscriber = _connection.Value.GetSubscriber();
        Action<RedisChannel, RedisValue> callback = (_, value) => handler(value.ToString());
        await subscriber.SubscribeAsync(channel, callback);
        return new Subscription(subscriber, channel, callback);
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }

    private sealed class Subscription(ISubscriber subscriber, string channel, Action<RedisChannel, RedisValue> callback) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await subscriber.UnsubscribeAsync(channel, callback);
    }
}
