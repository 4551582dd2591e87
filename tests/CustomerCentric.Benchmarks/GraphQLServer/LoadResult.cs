namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>One load run's figures as wrk reports them (latencies in milliseconds).</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P90Ms, double P99Ms, long Requests, long Non2xx, string SocketErrors);
