namespace CustomerCentric.GraphQL.DataLoader;

/// <summary>
/// One value per key (a customer by id), fetched in batches; keys the fetch does not return load as null (default).
/// Use with a fetch function, or subclass and override <see cref="FetchAsync"/>.
/// </summary>
public class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>>? _fetch;

    public BatchDataLoader(
        DataLoaderScope scope,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
        : base(scope, comparer)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
    }

    protected BatchDataLoader(DataLoaderScope scope, IEqualityComparer<TKey>? comparer = null)
        : base(scope, comparer)
    {
    }

    protected virtual Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _fetch is null
            ? throw new InvalidOperationException($"{GetType().Name} must override FetchAsync or be given a fetch function.")
            : _fetch(keys, cancellationToken);

    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
        return values as IReadOnlyDictionary<TKey, TValue?> ?? values.ToDictionary(pair => pair.Key, pair => (TValue?)pair.Value);
    }

    protected sealed override TValue? Missing(TKey key) => default;
}
