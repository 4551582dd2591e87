namespace CustomerCentric.GraphQL.AspNetCore.PersistedOperations;

/// <summary>Operation documents by the lowercase hex SHA-256 of their text (Apollo's automatic persisted queries use the same key).</summary>
public interface IPersistedOperationStore
{
    /// <summary>The document stored under <paramref name="hash"/>, or null when unknown.</summary>
    ValueTask<string?> GetAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="query"/>; the caller has checked that <paramref name="hash"/> is its hash.</summary>
    ValueTask SaveAsync(string hash, string query, CancellationToken cancellationToken);
}
