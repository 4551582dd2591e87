using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Tests.CodeFirst;

namespace CustomerCentric.GraphQL.Tests.DataLoader;

public sealed class DataLoaderTests
{
    private readonly CancellationToken _cancellationToken = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fifty_keys_requested_concurrently_are_fetched_in_one_call()
    {
        var scope = new DataLoaderScope();
        var fetches = new List<IReadOnlyList<int>>();
        var loader = new BatchDataLoader<int, string>(scope, (keys, _) =>
        {
            fetches.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "v" + k));
        });

        // Fifty loads from parallel threads, as concurrent resolvers would make them; keys repeat so the batch holds 25.
        var loads = new Task<string?>[50];
        Parallel.For(0, 50, key => loads[key] = loader.LoadAsync(key % 25, _cancellationToken));

        Assert.True(scope.HasPending);
        await scope.DispatchAsync(_cancellationToken);
        var values = await Task.WhenAll(loads);

        Assert.Equal(25, Assert.Single(fetches).Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(key => "v" + (key % 25)), values);
        Assert.False(scope.HasPending);
    }

    [Fact]
    public async Task Cached_keys_are_not_fetched_again_and_primed_values_are_used()
    {
        var scope = new DataLoaderScope();
        var fetched = new List<int>();
        var loader = new BatchDataLoader<int, string>(scope, (keys, _) =>
        {
            fetched.AddRange(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "v" + k));
        });
        loader.Prime(7, "primed");

        var first = loader.LoadAsync(1, _cancellationToken);
        await scope.DispatchAsync(_cancellationToken);
        var again = loader.LoadAsync(1, _cancellationToken);
        var primed = loader.LoadAsync(7, _cancellationToken);

        Assert.False(scope.HasPending);
        Assert.Equal(("v1", "v1", "primed"), (await first, await again, await primed));
        Assert.Equal([1], fetched);
    }

    [Fact]
    public async Task A_failing_fetch_fails_every_waiting_key_and_missing_keys_load_null()
    {
        var scope = new DataLoaderScope();
        var failing = new BatchDataLoader<int, string>(scope, (_, _) => throw new InvalidOperationException("database down"));
        var partial = new BatchDataLoader<int, string>(scope, (keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k % 2 == 0).ToDictionary(k => k, k => "v" + k)));

        var failed = new[] { failing.LoadAsync(1, _cancellationToken), failing.LoadAsync(2, _cancellationToken) };
        var found = partial.LoadAsync(2, _cancellationToken);
        var missing = partial.LoadAsync(3, _cancellationToken);
        await scope.DispatchAsync(_cancellationToken);

        foreach (var load in failed)
        {
            Assert.Equal("database down", (await Assert.ThrowsAsync<InvalidOperationException>(() => load)).Message);
        }

        Assert.Equal("v2", await found);
        Assert.Null(await missing);
    }

    [Fact]
    public async Task Grouped_loaders_return_every_value_of_a_key_and_empty_lists_for_none()
    {
        var scope = new DataLoaderScope();
        var calls = 0;
        var complaintsByCustomer = new GroupedDataLoader<string, string>(scope, (keys, _) =>
        {
            calls++;
            var rows = new[] { ("ada", "late"), ("ada", "rude"), ("bob", "broken") };
            return Task.FromResult(rows.Where(row => keys.Contains(row.Item1)).ToLookup(row => row.Item1, row => row.Item2));
        });

        var loads = complaintsByCustomer.LoadAsync(["ada", "bob", "eve"], _cancellationToken);
        await scope.DispatchAsync(_cancellationToken);
        var results = await loads;

        Assert.Equal(1, calls);
        Assert.Equal(["late", "rude"], results[0]);
        Assert.Equal(["broken"], results[1]);
        Assert.Empty(results[2]);
    }

    [Fact]
    public async Task Cache_loaders_fetch_each_distinct_key_once()
    {
        var scope = new DataLoaderScope();
        var fetched = new List<int>();
        var loader = new CacheDataLoader<int, string>(scope, (key, _) =>
        {
            lock (fetched)
            {
                fetched.Add(key);
            }

            return Task.FromResult<string?>("v" + key);
        });

        var loads = new[] { loader.LoadAsync(1, _cancellationToken), loader.LoadAsync(2, _cancellationToken), loader.LoadAsync(1, _cancellationToken) };
        await scope.DispatchAsync(_cancellationToken);

        Assert.Equal<IEnumerable<string?>>(["v1", "v2", "v1"], await Task.WhenAll(loads));
        Assert.Equal([1, 2], fetched.Order());
    }

    [Fact]
    public async Task Cancellation_stops_a_waiter_and_a_cancelled_dispatch_cancels_the_batch_without_caching_it()
    {
        var scope = new DataLoaderScope();
        var loader = new BatchDataLoader<int, string>(scope, async (keys, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return keys.ToDictionary(k => k, k => "v" + k);
        });
        using var waiterCancellation = new CancellationTokenSource();
        using var dispatchCancellation = new CancellationTokenSource();

        var waiter = loader.LoadAsync(1, waiterCancellation.Token);
        await waiterCancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);

        var other = loader.LoadAsync(2, _cancellationToken);
        var dispatch = scope.DispatchAsync(dispatchCancellation.Token);
        await dispatchCancellation.CancelAsync();
        await dispatch;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => other);

        // The cancelled keys are not cached: loading again schedules a new batch.
        _ = loader.LoadAsync(2, _cancellationToken);
        Assert.True(scope.HasPending);
    }

    [Fact]
    public async Task Resolvers_get_one_loader_per_request_with_services_injected()
    {
        var store = new ShopModel.CustomerStore();
        var schema = new SchemaBuilder().AddQueryType<CountingQuery>().Create();
        var first = new FakeResolveFieldContext(schema, "Query", "next").With(store);
        var sameRequest = new FakeResolveFieldContext(schema, "Query", "next").With(store);

        var loader = first.DataLoader<CustomerNameLoader>();
        var scope = DataLoaderScope.For(first.Items);
        sameRequest.Items[DataLoaderScope.ItemsKey] = scope;

        Assert.Same(loader, sameRequest.DataLoader<CustomerNameLoader>());
        Assert.Same(store, loader.Store);
        Assert.NotSame(loader, new FakeResolveFieldContext(schema, "Query", "next").With(store).DataLoader<CustomerNameLoader>());
        var load = loader.LoadAsync(Guid.Empty, _cancellationToken);
        var whenPending = scope.WhenPendingAsync();
        Assert.True(whenPending.IsCompleted);
        await scope.DispatchAsync(_cancellationToken);
        Assert.Null(await load);
    }

    public sealed class CustomerNameLoader(DataLoaderScope scope, ShopModel.CustomerStore store) : BatchDataLoader<Guid, string>(scope)
    {
        public ShopModel.CustomerStore Store { get; } = store;

        protected override Task<IReadOnlyDictionary<Guid, string>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<Guid, string>>(Store.Customers.Where(c => keys.Contains(c.Id)).ToDictionary(c => c.Id, c => c.Name));
    }
}
