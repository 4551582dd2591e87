using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerCentric.AppHost.Tests.Stack;

namespace CustomerCentric.AppHost.Tests.Dashboard;

/// <summary>
/// The dashboard: the resource table with links, the traces the services export (a GraphQL request with its spans, no
/// health probes) and their log entries, a restart per service that another site cannot trigger; a crash is followed by a restart.
/// </summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task The_dashboard_lists_every_resource_shows_traces_and_logs_restarts_a_service_only_with_its_antiforgery_token_and_a_crashed_service_comes_back()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (appHost, endpoints) = await AppHostProcess.StartAsync(cancellationToken);
        using (appHost)
        {
            var dashboard = new Uri(endpoints.GetProperty("dashboard").GetString()!);
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = dashboard };
            var page = await browser.GetStringAsync("/", cancellationToken);
            foreach (var name in new[] { "redis", "rabbitmq", "postgres-server", "postgres", "migrations", "api", "worker", "admin" })
            {
                Assert.Contains($"<td>{name}</td>", page);
            }

            var admin = endpoints.GetProperty("urls").EnumerateArray().Single(url => url.GetProperty("resource").GetString() == "admin");
            Assert.Contains($"href=\"{admin.GetProperty("url").GetString()}\"", page);
            var workerPid = Resource(endpoints, "worker").GetProperty("processId").GetInt32();

            // a GraphQL request to the API appears among the traces with its spans; the AppHost's health polls do not
            using (var api = new HttpClient { BaseAddress = new Uri(Resource(endpoints, "api").GetProperty("endpoint").GetString()!) })
            {
                api.DefaultRequestHeaders.Add("X-Api-Key", DevelopmentSignIn.ApiKey);
                using var answer = await api.PostAsync("/graphql", JsonContent.Create(new { query = "{ customers(first: 2) { nodes { name } } }" }), cancellationToken);
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            }

            var trace = await WaitForTraceAsync(browser, "CustomerCentric.Api: POST /graphql", cancellationToken);
            var spans = WebUtility.HtmlDecode(await browser.GetStringAsync(trace, cancellationToken));
            Assert.Contains("url.path = /graphql", spans);
            Assert.Contains("http.response.status_code = 200", spans);
            Assert.Contains("graphql.operation.type = query", spans);
            Assert.DoesNotContain("/health", await browser.GetStringAsync("/traces", cancellationToken));
            using var truncated = new ByteArrayContent([0x0A, 0x05, 0x0A]); // a field that claims 5 bytes and holds 1
            truncated.Headers.ContentType = new("application/x-protobuf");
            using var malformed = await browser.PostAsync("/v1/traces", truncated, cancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

            // structured logs: each service's start-up entries, filtered by service and level
            var apiLogs = await WaitForLogAsync(browser, "/logs?service=CustomerCentric.Api", "Application started", cancellationToken);
            Assert.Contains("Microsoft.Hosting.Lifetime", apiLogs);
            Assert.DoesNotContain("<td>CustomerCentric.Worker</td>", apiLogs);
            var errors = WebUtility.HtmlDecode(await browser.GetStringAsync("/logs?service=CustomerCentric.Api&level=Error", cancellationToken));
            Assert.DoesNotContain("Application started", errors);

            // a cross-site form post carries no token (and no cookie of ours): refused, nothing restarts
            using var crossSite = new HttpClient { BaseAddress = dashboard };
            using var refused = await crossSite.PostAsync("/resources/worker/restart", new FormUrlEncodedContent([]), cancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

            var form = RestartForm().Match(page);
            Assert.True(form.Success, "no restart form for the worker");
            using var restarted = await browser.PostAsync("/resources/worker/restart",
                new FormUrlEncodedContent([new(form.Groups["field"].Value, WebUtility.HtmlDecode(form.Groups["token"].Value))]), cancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, restarted.StatusCode);

            var worker = await WaitForAsync(browser, "worker", resource => resource.GetProperty("restarts").GetInt32() == 1 && resource.GetProperty("health").GetString() == "Healthy", cancellationToken);
            Assert.NotEqual(workerPid, worker.GetProperty("processId").GetInt32());

            // a crash (SIGKILL of the admin) is reported and followed by a restart after the back-off
            var adminPid = Resource(endpoints, "admin").GetProperty("processId").GetInt32();
            System.Diagnostics.Process.GetProcessById(adminPid).Kill();
            await WaitForAsync(browser, "admin", resource => resource.GetProperty("state").GetString() == "Exited", cancellationToken);
            var restartedAdmin = await WaitForAsync(browser, "admin", resource => resource.GetProperty("restarts").GetInt32() == 1 && resource.GetProperty("health").GetString() == "Healthy", cancellationToken);
            Assert.NotEqual(adminPid, restartedAdmin.GetProperty("processId").GetInt32());
        }
    }

    /// <summary>Waits (the services export every few seconds) for a trace whose root the list names so; returns its link.</summary>
    private static async Task<string> WaitForTraceAsync(HttpClient dashboard, string root, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var list = WebUtility.HtmlDecode(await dashboard.GetStringAsync("/traces", cancellationToken));
            var link = Regex.Match(list, "<a href=\"(?<href>/traces/[0-9a-f]{32})\">" + Regex.Escape(root) + "</a>");
            if (link.Success)
            {
                return link.Groups["href"].Value;
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException($"No trace '{root}' reached the dashboard within 30 s.");
    }

    /// <summary>Waits for <paramref name="text"/> on the logs page at <paramref name="path"/>; returns the page.</summary>
    private static async Task<string> WaitForLogAsync(HttpClient dashboard, string path, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var page = WebUtility.HtmlDecode(await dashboard.GetStringAsync(path, cancellationToken));
            if (page.Contains(text, StringComparison.Ordinal))
            {
                return page;
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException($"'{text}' did not reach {path} within 30 s.");
    }

    private static JsonElement Resource(JsonElement endpoints, string name) =>
        endpoints.GetProperty("resources").EnumerateArray().Single(resource => resource.GetProperty("name").GetString() == name);

    private static async Task<JsonElement> WaitForAsync(HttpClient dashboard, string name, Func<JsonElement, bool> condition, CancellationToken cancellationToken)
    {
        var last = "";
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var document = JsonDocument.Parse(await dashboard.GetStringAsync("/api/resources", cancellationToken));
            var resource = document.RootElement.EnumerateArray().Single(resource => resource.GetProperty("name").GetString() == name);
            if (condition(resource))
            {
                return resource.Clone();
            }

            last = resource.ToString();
            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"{name} did not reach the expected state within 30 s; last seen: {last}");
    }

    [GeneratedRegex("""action="/resources/worker/restart"><input type="hidden" name="(?<field>[^"]+)" value="(?<token>[^"]+)">""")]
    private static partial Regex RestartForm();
}
