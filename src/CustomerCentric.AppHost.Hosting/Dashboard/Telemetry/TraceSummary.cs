namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>A trace as the list shows it: its root span, when it started, how long it took, which services took part.</summary>
internal sealed record TraceSummary(
    string TraceId, TraceSpan Root, DateTimeOffset Start, TimeSpan Duration, int SpanCount, IReadOnlyList<string> Services, bool HasError);
