using System.Collections.Concurrent;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>
/// The dashboard's OTLP/HTTP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT of every service): accepts traces, metrics and logs and
/// counts the batches per resource, so the dashboard shows which services report telemetry. Traces and logs are also kept
/// for their pages (TraceStore, LogStore); metrics are counted only.
/// </summary>
internal sealed class TelemetryReceiver
{
    /// <summary>The header each service's exporter sends (OTEL_EXPORTER_OTLP_HEADERS) to say which resource it is.</summary>
    public const string ResourceHeader = "x-customercentric-resource";

    private readonly ConcurrentDictionary<(string Resource, string Signal), long> batches = new();

    public void Count(string resource, string signal) => batches.AddOrUpdate((resource, signal), 1, (_, count) => count + 1);

    /// <summary>"traces 3, metrics 2, logs 10" for one resource, "" when it sent nothing yet.</summary>
    public string Describe(string resource) =>
        string.Join(", ", new[] { "traces", "metrics", "logs" }
            .Select(signal => (signal, count: batches.GetValueOrDefault((resource, signal))))
            .Where(entry => entry.count > 0)
            .Select(entry => $"{entry.signal} {entry.count}"));
}
