using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using static CustomerCentric.AppHost.Hosting.Dashboard.DashboardHtml;

namespace CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

/// <summary>
/// GET /logs: the newest structured log entries the services exported, newest first, filtered by service, minimum level or
/// trace; each with its category, message, attributes and a link to its trace.
/// </summary>
internal static class LogsPage
{
    public const int Shown = 500;

    public static string Render(LogStore store, string? service, LogLevel minimum, string? traceId)
    {
        var entries = store.Recent(Shown, minimum, service, traceId);
        var html = new StringBuilder();
        html.Append("""<form method="get" action="/logs"><label>Service <select name="service"><option value="">all</option>""");
        foreach (var name in store.Services())
        {
            html.Append(CultureInfo.InvariantCulture, $"""<option{(name == service ? " selected" : "")}>{Encode(name)}</option>""");
        }

        html.Append("""</select></label> <label>At least <select name="level">""");
        foreach (var level in new[] { LogLevel.Trace, LogLevel.Debug, LogLevel.Information, LogLevel.Warning, LogLevel.Error, LogLevel.Critical })
        {
            html.Append(CultureInfo.InvariantCulture, $"""<option{(level == minimum ? " selected" : "")}>{level}</option>""");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            </select></label> <button type="submit">Show</button>{(traceId is null ? "" : $""" <input type="hidden" name="trace" value="{Encode(traceId)}"> of trace <a href="/traces/{Encode(traceId)}">{Encode(traceId)}</a>""")}</form>
            <p class="muted">The newest {Shown} matching entries of the last {LogStore.Capacity:N0} received; refresh to update.</p>
            <table class="logs"><thead><tr><th>time</th><th>service</th><th>level</th><th>category</th><th>message</th></tr></thead><tbody>
            """);
        foreach (var entry in entries)
        {
            var attributes = string.Join('\n', entry.Attributes.Select(a => $"{a.Key} = {a.Value}"));
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{entry.At.ToLocalTime():HH:mm:ss.fff}</td><td>{Encode(entry.Service)}</td>
                <td class="{(entry.Level >= LogLevel.Error ? "error" : "")}">{entry.Level}</td><td>{Encode(entry.Category)}</td>
                <td>{Encode(entry.Message)}{(entry.TraceId is null ? "" : $""" <a href="/traces/{Encode(entry.TraceId)}">trace</a>""")}
                {(attributes.Length == 0 ? "" : $"<details><summary class=\"muted\">attributes</summary><pre>{Encode(attributes)}</pre></details>")}</td></tr>
                """);
        }

        if (entries.Count == 0)
        {
            html.Append("""<tr><td colspan="5" class="muted">No log entries match: services export theirs every few seconds.</td></tr>""");
        }

        html.Append("</tbody></table>");
        return Document("Logs", html.ToString());
    }
}
