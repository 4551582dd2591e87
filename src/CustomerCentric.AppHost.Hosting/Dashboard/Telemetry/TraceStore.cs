namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>
/// The spans the services exported, kept in memory by trace for the dashboard: the newest traces only (an AppHost runs for
/// days; the oldest trace goes when a new one would exceed the limit), spans of one trace merged as they arrive from
/// several services.
/// </summary>
internal sealed class TraceStore(int maxTraces = 1000, int maxSpansPerTrace = 2000)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<TraceSpan>> _traces = [];
    private readonly LinkedList<string> _arrival = new();

    public void Add(IEnumerable<TraceSpan> spans)
    {
        lock (_gate)
        {
            foreach (var span in spans)
            {
                if (!_traces.TryGetValue(span.TraceId, out var trace))
                {
                    _traces[span.TraceId] = trace = [];
                    _arrival.AddLast(span.TraceId);
                    if (_arrival.Count > maxTraces)
                    {
                        _traces.Remove(_arrival.First!.Value);
                        _arrival.RemoveFirst();
                    }
                }

                if (trace.Count < maxSpansPerTrace)
                {
                    trace.Add(span);
                }
            }
        }
    }

    /// <summary>The newest traces first, each summed up by its root span.</summary>
    public IReadOnlyList<TraceSummary> Recent(int count)
    {
        lock (_gate)
        {
            return [.. _traces.Values.Select(Summarize).OrderByDescending(t => t.Start).Take(count)];
        }
    }

    /// <returns>The trace's spans in start order; empty when the trace is unknown (never seen, or evicted).</returns>
    public IReadOnlyList<TraceSpan> Get(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId, out var trace) ? [.. trace.OrderBy(s => s.Start)] : [];
        }
    }

    private static TraceSummary Summarize(List<TraceSpan> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        // The root: no parent, or a parent this store never received (the caller is outside the stack, or not yet exported).
        var root = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).MinBy(s => s.Start) ?? spans.MinBy(s => s.Start)!;
        var start = spans.Min(s => s.Start);
        return new TraceSummary(
            root.TraceId, root, start, spans.Max(s => s.End) - start, spans.Count,
            [.. spans.Select(s => s.Service).Distinct().Order(StringComparer.Ordinal)], spans.Any(s => s.IsError));
    }
}
