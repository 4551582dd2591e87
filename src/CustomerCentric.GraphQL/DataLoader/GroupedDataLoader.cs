namespace CustomerCentric.GraphQL.DataLoader;

/// <summary>
/// Many values per key (a customer's complaints), fetched in batches as a lookup; keys without values load as an empty list.
/// Use with a fetch function, or subclass and override <see cref="FetchAsync"/>.
/// </summary>
public class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>>? _fetch;

    public GroupedDataLoader(
        DataLoaderScope scope,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
        : base(scope, comparer)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
    }

    protected GroupedDataLoader(DataLoaderScope scope, IEqualityComparer<TKey>? comparer = null)
        : base(scope, comparer)
    {
    }

    protected virtual Task<ILookup<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _fetch is null
            ? throw new InvalidOperationException($"{GetType().Name} must override FetchAsync or be given a fetch function.")
            : _fetch(keys, cancellationToken);

    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
        return lookup.ToDictionary(group => group.Key, group => (IReadOnlyList<TValue>)[.. group]);
    }

    protected sealed override IReadOnlyList<TValue> Missing(TKey key) => [];
}
