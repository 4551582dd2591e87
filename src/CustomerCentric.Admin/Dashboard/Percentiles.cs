namespace CustomerCentric.Admin.Dashboard;

/// <summary>p50, p90 and p99 of a set of durations (nearest rank); null when there are none.</summary>
public sealed record Percentiles(TimeSpan P50, TimeSpan P90, TimeSpan P99, int Count)
{
    public static Percentiles? Of(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        TimeSpan At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(0.50), At(0.90), At(0.99), sorted.Length);
    }

    public static string Format(TimeSpan duration) => duration.TotalMinutes < 1
        ? $"{duration.TotalSeconds:0.#} s"
        : duration.TotalHours < 1 ? $"{duration.TotalMinutes:0.#} min" : $"{duration.TotalHours:0.#} h";
}
