using System.Collections.Concurrent;

namespace CustomerCentric.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Persisted operations in this process only: fine for one instance and for tests. Bounded: when full, new registrations are
/// dropped (clients then keep sending the full query, which still works), so a client cannot grow the server's memory without limit.
/// </summary>
public sealed class InMemoryPersistedOperationStore(int capacity = 10_000) : IPersistedOperationStore
{
    private readonly ConcurrentDictionary<string, string> _operations = new(StringComparer.Ordinal);

    public ValueTask<string?> GetAsync(string hash, CancellationToken cancellationToken) =>
        new(_operations.TryGetValue(hash, out var query) ? query : null);

    public ValueTask SaveAsync(string hash, string query, CancellationToken cancellationToken)
    {
        if (_operations.Count < capacity)
        {
            _operations.TryAdd(hash, query);
        }

        return ValueTask.CompletedTask;
    }
}
