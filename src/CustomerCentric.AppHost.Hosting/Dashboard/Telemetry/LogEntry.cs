using Microsoft.Extensions.Logging;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>One log record as a service exported it over OTLP.</summary>
/// <param name="Category">The logger's category (the record's instrumentation scope).</param>
/// <param name="Severity">OTLP's SeverityNumber: 1-4 trace, 5-8 debug, 9-12 information, 13-16 warning, 17-20 error, 21-24 critical.</param>
internal sealed record LogEntry(
    DateTimeOffset At, string Service, string Category, int Severity, string Message, string? TraceId, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    public LogLevel Level => Severity switch
    {
        >= 21 => LogLevel.Critical,
        >= 17 => LogLevel.Error,
        >= 13 => LogLevel.Warning,
        >= 9 => LogLevel.Information,
        >= 5 => LogLevel.Debug,
        _ => LogLevel.Trace,
    };
}
