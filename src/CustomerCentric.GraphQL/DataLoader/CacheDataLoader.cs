namespace CustomerCentric.GraphQL.DataLoader;

/// <summary>
/// One fetch per distinct key, cached for the request, without batching: for sources that cannot fetch many keys at once.
/// Keys of one dispatch round are fetched concurrently.
/// </summary>
public class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<TKey, CancellationToken, Task<TValue?>> _fetch;

    public CacheDataLoader(DataLoaderScope scope, Func<TKey, CancellationToken, Task<TValue?>> fetch, IEqualityComparer<TKey>? comparer = null)
        : base(scope, comparer)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
    }

    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await Task.WhenAll(keys.Select(key => _fetch(key, cancellationToken))).ConfigureAwait(false);
        var results = new Dictionary<TKey, TValue?>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            results[keys[i]] = values[i];
        }

        return results;
    }

    protected sealed override TValue? Missing(TKey key) => default;
}
