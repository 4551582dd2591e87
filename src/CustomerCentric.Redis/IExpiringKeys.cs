namespace CustomerCentric.Redis;

/// <summary>Short-lived string values shared by all instances (Redis keys with a time to live), e.g. idempotency keys.</summary>
public interface IExpiringKeys
{
    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> unless the key exists (SET NX EX).</summary>
    /// <returns>Whether this call stored it.</returns>
    Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive);

    /// <returns>The value, or null when the key does not exist (never set, or expired).</returns>
    Task<string?> GetAsync(string key);
}
