using StackExchange.Redis;

namespace CustomerCentric.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Persisted operations in Redis, shared by every instance of the service: one string key per hash (<c>{prefix}{hash}</c>), with an
/// optional expiry that each registration renews. StackExchange.Redis 1.2.6 stays behind this class (the only version that restores here).
/// </summary>
public sealed class RedisPersistedOperationStore : IPersistedOperationStore, IDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;
    private readonly string _prefix;
    private readonly TimeSpan? _expiry;

    public RedisPersistedOperationStore(string configuration, string prefix = "graphql:persisted:", TimeSpan? expiry = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(configuration);
        _prefix = prefix;
        _expiry = expiry;
        // Connect on first use: the service starts even when Redis comes up a moment later.
        _connection = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(configuration));
    }

    public async ValueTask<string?> GetAsync(string hash, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        var value = await database.StringGetAsync(_prefix + hash).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : (string?)value;
    }

    public async ValueTask SaveAsync(string hash, string query, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        await database.StringSetAsync(_prefix + hash, query, _expiry).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }

    private async Task<IDatabase> DatabaseAsync() => (await _connection.Value.ConfigureAwait(false)).GetDatabase();
}
