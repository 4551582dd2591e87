namespace CustomerCentric.Api;

/// <summary>The API's settings (section "Api"), e.g. <c>Api__Keys__0=...</c> in the environment.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// API keys accepted besides the hashed ones the admin issues (table api_keys): for local runs and service-to-service
    /// callers configured by the AppHost. Each is compared by its SHA-256 hash, like the stored ones.
    /// </summary>
    public List<string> Keys { get; init; } = [];

    /// <summary>How long Redis remembers a submitted complaint's idempotency key (the unique index remembers it for ever).</summary>
    public TimeSpan IdempotencyKeyLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The largest page a connection returns (<c>first</c>/<c>last</c>).</summary>
    public int MaxPageSize { get; init; } = 100;
}
