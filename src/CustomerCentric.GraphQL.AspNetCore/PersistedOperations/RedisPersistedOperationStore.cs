using StackExchange.Redis;

namespace CustomerCentric.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Persisted operations in Redis, shared by every instance of the service: one string key per hash (<c>{prefix}{hash}</c>), with an
/// optional expiry that each registration renews. StackExchange.Redis 1.2.6 stays behind this class (the only version that restores here).
/// The service starts whether Redis is up or not: the connection is made on first use and keeps retrying in the background
/// (<c>abortConnect=false</c>), so a Redis that comes up later, or comes back after a restart, is used from then on. While it is
/// down, calls fail fast with <see cref="RedisConnectionException"/>; the server then runs full queries without registering them.
/// </summary>
public sealed class RedisPersistedOperationStore : IPersistedOperationStore, IDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly string _prefix;
    private readonly TimeSpan? _expiry;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public RedisPersistedOperationStore(string configuration, string prefix = "graphql:persisted:", TimeSpan? expiry = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(configuration);
        _options = ConfigurationOptions.Parse(configuration);
        // Without this, a first connect that fails throws and the multiplexer is gone for good.
        _options.AbortOnConnectFail = false;
        // Retry soon after Redis went away, then back off to one attempt every 5 s.
        _options.ReconnectRetryPolicy ??= new ExponentialRetry(500, 5000);
        _prefix = prefix;
        _expiry = expiry;
    }

    public async ValueTask<string?> GetAsync(string hash, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        var value = await database.StringGetAsync(_prefix + hash).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : (string?)value;
    }

    public async ValueTask SaveAsync(string hash, string query, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.StringSetAsync(_prefix + hash, query, _expiry).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _connecting.Dispose();
    }

    private async ValueTask<IDatabase> DatabaseAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _connection) is { } connected)
        {
            return connected.GetDatabase();
        }

        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // With abortConnect=false this returns whether or not Redis answered; the multiplexer reconnects on its own from here.
            _connection ??= await ConnectionMultiplexer.ConnectAsync(_options).ConfigureAwait(false);
            return _connection.GetDatabase();
        }
        finally
        {
            _connecting.Release();
        }
    }
}
