namespace CustomerCentric.Hosting.Redis;

public sealed record RedisServerOptions : LocalServerOptions
{
    /// <summary>Port to use when it is free (the AppHost uses 6379); otherwise, and when null, a free one.</summary>
    public int? PreferredPort { get; init; }

    /// <summary>The redis-server program; null finds it on PATH.</summary>
    public string? ServerPath { get; init; }
}
