using System.Collections.Concurrent;

namespace CustomerCentric.GraphQL.DataLoader;

/// <summary>
/// The data loaders of one request and the batches they are collecting.
/// <para>
/// Contract with the executor: loaders only collect keys; nothing is fetched until someone calls <see cref="DispatchAsync"/>.
/// The executor gets the request's scope with <see cref="For"/> (the same one resolvers get through <c>context.DataLoader&lt;T&gt;()</c>)
/// and, while resolvers of a level are still running, dispatches whenever keys are pending:
/// <code>
/// var work = Task.WhenAll(resolverTasks);
/// while (!work.IsCompleted)
/// {
///     if (scope.HasPending) { await scope.DispatchAsync(cancellationToken); continue; }
///     await Task.WhenAny(work, scope.WhenPendingAsync());
/// }
/// </code>
/// So every key requested while the level's resolvers run synchronously lands in one batch per loader, and loads that fetched values
/// trigger (a resolver awaiting one loader, then asking another) are batched in the next round.
/// </para>
/// </summary>
public sealed class DataLoaderScope
{
    /// <summary>The <see cref="Types.IResolveFieldContext.Items"/> key under which a request's scope is kept.</summary>
    public const string ItemsKey = "CustomerCentric.GraphQL.DataLoaderScope";

    private readonly ConcurrentDictionary<object, object> _loaders = new();
    private readonly ConcurrentQueue<IDataLoaderBatch> _scheduled = new();
    private readonly Lock _signalGate = new();
    private TaskCompletionSource _pendingSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DataLoaderScope(IServiceProvider? services = null)
    {
        Services = services;
    }

    /// <summary>Where loaders created by type get their constructor dependencies.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>Whether some loader holds keys that no fetch has been started for.</summary>
    public bool HasPending => !_scheduled.IsEmpty;

    /// <summary>The request's scope, created on first use and kept in the request's items.</summary>
    public static DataLoaderScope For(IDictionary<string, object?> items, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (items)
        {
            if (items.TryGetValue(ItemsKey, out var existing) && existing is DataLoaderScope scope)
            {
                return scope;
            }

            scope = new DataLoaderScope(services);
            items[ItemsKey] = scope;
            return scope;
        }
    }

    /// <summary>The loader registered under <paramref name="key"/> (a type or a name), created on first use.</summary>
    public T GetOrAdd<T>(object key, Func<DataLoaderScope, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        var loader = _loaders.GetOrAdd(key, static (_, state) => state.create(state.scope), (create, scope: this));
        return loader as T
            ?? throw new InvalidOperationException($"The data loader registered as \"{key}\" is a {loader.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>Starts one fetch for every loader with pending keys (concurrently) and completes when all have finished.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        var batches = new List<Task>();
        while (_scheduled.TryDequeue(out var batch))
        {
            batches.Add(batch.DispatchAsync(cancellationToken));
        }

        return Task.WhenAll(batches);
    }

    /// <summary>Completes when keys are pending (at once if some already are).</summary>
    public Task WhenPendingAsync()
    {
        lock (_signalGate)
        {
            if (!_scheduled.IsEmpty)
            {
                return Task.CompletedTask;
            }

            if (_pendingSignal.Task.IsCompleted)
            {
                _pendingSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _pendingSignal.Task;
        }
    }

    internal void Schedule(IDataLoaderBatch batch)
    {
        _scheduled.Enqueue(batch);
        lock (_signalGate)
        {
            _pendingSignal.TrySetResult();
        }
    }
}
