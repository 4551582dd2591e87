using System.Globalization;
using System.Text;
using static CustomerCentric.AppHost.Hosting.Dashboard.DashboardHtml;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>
/// GET /traces: the newest traces the services exported, each by its root span, with the services it crossed, its span count,
/// its duration and whether a span failed (the services leave their health probes unrecorded). GET /traces/{id}: one
/// trace as a waterfall, each span under its parent with its service, its timing against the whole and its attributes.
/// </summary>
internal static class TracesPage
{
    public const int Shown = 100;

    public static string RenderList(TraceStore store)
    {
        var traces = store.Recent(Shown);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <p>The newest {Shown} traces the services sent over OTLP; refreshes every 5 s.</p>
            <table class="traces"><thead><tr><th>started</th><th>trace</th><th>services</th><th>spans</th><th>duration</th></tr></thead><tbody>
            """);
        foreach (var trace in traces)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{trace.Start.ToLocalTime():HH:mm:ss.fff}</td>
                <td><a href="/traces/{Encode(trace.TraceId)}">{Encode(trace.Root.Service)}: {Encode(trace.Root.Name)}</a>{(trace.HasError ? " <span class=\"error\">error</span>" : "")}</td>
                <td>{Encode(string.Join(", ", trace.Services))}</td><td>{trace.SpanCount}</td><td>{Milliseconds(trace.Duration)}</td></tr>
                """);
        }

        if (traces.Count == 0)
        {
            html.Append("""<tr><td colspan="5" class="muted">No traces yet: services export theirs every few seconds.</td></tr>""");
        }

        html.Append("</tbody></table>");
        return Document("Traces", html.ToString(), refreshSeconds: 5);
    }

    /// <returns>Null when the store holds no such trace.</returns>
    public static string? RenderTrace(TraceStore store, string traceId)
    {
        var spans = store.Get(traceId);
        if (spans.Count == 0)
        {
            return null;
        }

        var start = spans.Min(s => s.Start);
        var total = Math.Max((spans.Max(s => s.End) - start).Ticks, 1);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <p class="muted">Trace {Encode(traceId)}: {spans.Count} spans from {Encode(string.Join(", ", spans.Select(s => s.Service).Distinct()))}, {Milliseconds(TimeSpan.FromTicks(total))}. <a href="/logs?trace={Encode(traceId)}&amp;level=Trace">Its log entries</a></p>
            <table class="spans"><thead><tr><th>span</th><th>service</th><th>kind</th><th>duration</th><th>timeline</th></tr></thead><tbody>
            """);
        foreach (var (span, depth) in InTreeOrder(spans))
        {
            var left = 100.0 * (span.Start - start).Ticks / total;
            var width = 100.0 * span.Duration.Ticks / total;
            var attributes = string.Join('\n', span.Attributes.Select(a => $"{a.Key} = {a.Value}"));
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td style="padding-left:{0.6 + depth * 1.2:0.0}rem">{Encode(span.Name)}{(span.IsError ? $" <span class=\"error\">error{(span.StatusMessage is null ? "" : ": " + Encode(span.StatusMessage))}</span>" : "")}
                <details><summary class="muted">{Encode(span.Scope)}</summary><pre>{Encode(attributes)}</pre></details></td>
                <td>{Encode(span.Service)}</td><td>{span.KindName}</td><td>{Milliseconds(span.Duration)}</td>
                <td><div class="bar"><span class="{(span.IsError ? "error" : "")}" style="left:{left:0.##}%;width:{width:0.##}%"></span></div></td></tr>
                """);
        }

        html.Append("</tbody></table>");
        return Document("Trace", html.ToString());
    }

    /// <summary>Depth first from the roots, children in start order, with each span's depth.</summary>
    private static IEnumerable<(TraceSpan Span, int Depth)> InTreeOrder(IReadOnlyList<TraceSpan> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var children = spans.Where(s => s.ParentSpanId is not null && ids.Contains(s.ParentSpanId)).ToLookup(s => s.ParentSpanId!);
        var stack = new Stack<(TraceSpan, int)>(spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).OrderByDescending(s => s.Start).Select(s => (s, 0)));
        while (stack.TryPop(out var next))
        {
            yield return next;
            foreach (var child in children[next.Item1.SpanId].OrderByDescending(s => s.Start))
            {
                stack.Push((child, next.Item2 + 1));
            }
        }
    }

    private static string Milliseconds(TimeSpan duration) => $"{duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms";
}
