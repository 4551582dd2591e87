using StackExchange.Redis;

namespace CustomerCentric.Redis;

/// <summary><see cref="IExpiringKeys"/> over a StackExchange.Redis 1.2.6 multiplexer of its own (apart from pub/sub's).</summary>
public sealed class RedisExpiringKeys : IExpiringKeys, IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection;

    /// <param name="connectionString">"host:port" (StackExchange.Redis format).</param>
    public RedisExpiringKeys(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        _connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
    }

    public async Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        return await _connection.Value.GetDatabase().StringSetAsync(key, value, timeToLive, When.NotExists);
    }

    public async Task<string?> GetAsync(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var value = await _connection.Value.GetDatabase().StringGetAsync(key);
        return value.IsNull ? null : value.ToString();
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
