namespace CustomerCentric.GraphQL.DataLoader;

/// <summary>
/// Batches and caches loads by key for one request: every key asked for before the scope dispatches goes into one fetch; a key asked for
/// again gets the same task (a cache hit, also for failures, so one request sees one answer). A fetch that throws fails every key it held;
/// a cancelled fetch cancels them and leaves them out of the cache so a later load may try again.
/// </summary>
public abstract class DataLoaderBase<TKey, TResult> : IDataLoaderBatch
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TResult>> _cache;
    private readonly IEqualityComparer<TKey>? _comparer;
    private Dictionary<TKey, TaskCompletionSource<TResult>>? _pending;

    protected DataLoaderBase(DataLoaderScope scope, IEqualityComparer<TKey>? comparer = null)
    {
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        _comparer = comparer;
        _cache = new Dictionary<TKey, Task<TResult>>(comparer);
    }

    public DataLoaderScope Scope { get; }

    /// <summary>The value for <paramref name="key"/>, fetched in the next batch unless cached. Cancelling stops this wait only.</summary>
    public Task<TResult> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Task<TResult>? task;
        var schedule = false;
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out task))
            {
                // Continuations run inline when the batch completes, so the resolvers waiting on it (and the executor after them)
                // collect the next level's keys before the scope's dispatch finishes: one fetch per loader per level.
                var completion = new TaskCompletionSource<TResult>();
                if (_pending is null)
                {
                    _pending = new Dictionary<TKey, TaskCompletionSource<TResult>>(_comparer);
                    schedule = true;
                }

                _pending[key] = completion;
                _cache[key] = task = completion.Task;
            }
        }

        if (schedule)
        {
            Scope.Schedule(this);
        }

        return cancellationToken.CanBeCanceled ? task.WaitAsync(cancellationToken) : task;
    }

    public async Task<IReadOnlyList<TResult>> LoadAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default) =>
        await Task.WhenAll(keys.Select(key => LoadAsync(key, cancellationToken))).ConfigureAwait(false);

    /// <summary>Puts a value in the cache (one already known, e.g. from a list query), unless the key is cached already.</summary>
    public void Prime(TKey key, TResult value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Forgets the key, e.g. after a mutation changed it; the next load fetches it again.</summary>
    public void Clear(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    /// <summary>Fetches the values of a batch of distinct keys, in one round trip.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TResult>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not return.</summary>
    protected abstract TResult Missing(TKey key);

    async Task IDataLoaderBatch.DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TResult>>? batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = null;
        }

        if (batch is null)
        {
            return;
        }

        IReadOnlyDictionary<TKey, TResult> results;
        try
        {
            results = await FetchBatchAsync([.. batch.Keys], cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"{GetType().Name} returned null instead of a result for its batch.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            lock (_gate)
            {
                foreach (var key in batch.Keys)
                {
                    _cache.Remove(key);
                }
            }

            foreach (var completion in batch.Values)
            {
                completion.TrySetCanceled(cancellationToken);
            }

            return;
        }
        catch (Exception exception)
        {
            foreach (var completion in batch.Values)
            {
                completion.TrySetException(exception);
            }

            return;
        }

        foreach (var (key, completion) in batch)
        {
            completion.TrySetResult(results.TryGetValue(key, out var value) ? value : Missing(key));
        }
    }
}
