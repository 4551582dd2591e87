using System.Net;

namespace CustomerCentric.AppHost.Hosting.Dashboard;

/// <summary>The frame every dashboard page shares: its style and navigation.</summary>
internal static class DashboardHtml
{
    public static string Document(string title, string body, int? refreshSeconds = null) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">{{(refreshSeconds is { } seconds ? $"""<meta http-equiv="refresh" content="{seconds}">""" : "")}}
        <title>{{Encode(title)}}</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1d2433; }
          nav a { margin-right: 1rem; }
          table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
          th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #dde2ea; vertical-align: top; }
          th { background: #f3f5f9; }
          .Healthy { color: #15803d; font-weight: 600; } .Unhealthy, .error { color: #b91c1c; font-weight: 600; }
          pre { background: #0f172a; color: #e2e8f0; padding: .6rem; overflow-x: auto; font-size: .8rem; }
          form { margin: 0; }
          .bar { position: relative; height: .9rem; background: #f3f5f9; min-width: 12rem; }
          .bar span { position: absolute; top: 0; bottom: 0; background: #2563eb; min-width: 2px; }
          .bar span.error { background: #b91c1c; }
          .muted { color: #5b6475; }
        </style></head><body>
        <nav><a href="/">Resources</a><a href="/traces">Traces</a><a href="/logs">Logs</a></nav>
        <h1>{{Encode(title)}}</h1>
        {{body}}
        </body></html>
        """;

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
