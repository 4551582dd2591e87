namespace CustomerCentric.Benchmarks.Worker;

/// <summary>Percentiles of a set of latencies (nearest rank).</summary>
public sealed record LatencyFigures(int Count, double P50Milliseconds, double P99Milliseconds, double MaxMilliseconds)
{
    public static LatencyFigures Of(IReadOnlyCollection<TimeSpan> latencies)
    {
        if (latencies.Count == 0)
        {
            throw new InvalidOperationException("No latencies were measured.");
        }

        var sorted = latencies.Select(l => l.TotalMilliseconds).Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyFigures(sorted.Length, Rank(0.50), Rank(0.99), sorted[^1]);
    }

    public override string ToString() => $"p50 {P50Milliseconds:0.0} ms, p99 {P99Milliseconds:0.0} ms, max {MaxMilliseconds:0.0} ms ({Count:N0} messages)";
}
