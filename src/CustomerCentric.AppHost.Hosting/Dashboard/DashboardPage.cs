using System.Globalization;
using System.Text;
using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;

namespace CustomerCentric.AppHost.Hosting.Dashboard;

/// <summary>The dashboard's one page: the resource table with links, telemetry, restart buttons and the last log lines.</summary>
internal static class DashboardPage
{
    private const int ShownLogLines = 15;

    public static string Render(DistributedApplication application, TelemetryReceiver telemetry, string antiforgeryField, string antiforgeryToken)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>Refreshes every 5 s. {Encode(Healthy(application))}</p>");
        html.Append("<table><thead><tr><th>resource</th><th>state</th><th>endpoint</th><th>pid</th><th>health</th><th>restarts</th><th>links</th><th>telemetry</th><th></th></tr></thead><tbody>");
        foreach (var resource in application.GetResources())
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td>{Encode(resource.Name)}</td><td>{resource.State}{Note(resource.Message)}</td><td>{Link(resource.Endpoint)}</td>
                <td>{resource.ProcessId}</td><td class="{resource.Health}">{(resource.Health == ResourceHealth.Unknown ? "" : resource.Health)}</td>
                <td>{resource.Restarts}</td><td>{string.Join("<br>", resource.Urls.Select(UrlLink))}</td><td>{Encode(telemetry.Describe(resource.Name))}</td>
                <td>{RestartButton(resource, antiforgeryField, antiforgeryToken)}</td></tr>
                """);
        }

        html.Append("</tbody></table><h2>Last log lines</h2>");
        foreach (var resource in application.GetResources())
        {
            var lines = application.GetLogLines(resource.Name);
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(resource.Name)}</h3><pre>{Encode(string.Join('\n', lines.Skip(Math.Max(0, lines.Count - ShownLogLines))))}</pre>");
        }

        return DashboardHtml.Document("CustomerCentric AppHost", html.ToString(), refreshSeconds: 5);
    }

    private static string Healthy(DistributedApplication application) =>
        application.TimeToHealthy is { } time ? $"All resources were healthy {time.TotalSeconds:0.0} s after the start." : "Starting.";

    private static string RestartButton(ResourceSnapshot resource, string field, string token) =>
        resource.CanRestart && resource.State == ResourceState.Running
            ? $"""<form method="post" action="/resources/{Encode(resource.Name)}/restart"><input type="hidden" name="{Encode(field)}" value="{Encode(token)}"><button type="submit">Restart</button></form>"""
            : "";

    private static string UrlLink(ResourceUrl url) =>
        $"""<a href="{Encode(url.Url)}">{Encode(url.Label)}</a>{(url.UserName is null ? "" : $" ({Encode(url.UserName)} / {Encode(url.Password ?? "")})")}""";

    private static string Link(string? endpoint) =>
        endpoint is null ? "" : endpoint.StartsWith("http", StringComparison.Ordinal) ? $"""<a href="{Encode(endpoint)}">{Encode(endpoint)}</a>""" : Encode(endpoint);

    private static string Note(string? message) => message is null ? "" : $"<br><small>{Encode(message)}</small>";

    private static string Encode(string? text) => DashboardHtml.Encode(text);
}
