using Microsoft.Extensions.Logging;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>The newest log entries the services exported (the oldest go first once the limit is reached).</summary>
internal sealed class LogStore(int capacity = LogStore.Capacity)
{
    public const int Capacity = 5000;

    private readonly Lock _gate = new();
    private readonly Queue<LogEntry> _entries = new();

    public void Add(IEnumerable<LogEntry> entries)
    {
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                _entries.Enqueue(entry);
                if (_entries.Count > capacity)
                {
                    _entries.Dequeue();
                }
            }
        }
    }

    /// <summary>The newest entries first, at <paramref name="minimum"/> or above, of one service or trace when given.</summary>
    public IReadOnlyList<LogEntry> Recent(int count, LogLevel minimum, string? service = null, string? traceId = null)
    {
        lock (_gate)
        {
            return [.. _entries.Reverse()
                .Where(e => e.Level >= minimum && (service is null || e.Service == service) && (traceId is null || e.TraceId == traceId))
                .Take(count)];
        }
    }

    public IReadOnlyList<string> Services()
    {
        lock (_gate)
        {
            return [.. _entries.Select(e => e.Service).Distinct().Order(StringComparer.Ordinal)];
        }
    }
}
