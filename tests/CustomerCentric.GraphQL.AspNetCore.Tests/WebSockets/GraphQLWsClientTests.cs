using System.Diagnostics;
using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The npm graphql-ws client (tests/js/graphql-ws-client.mjs) through the whole graphql-transport-ws protocol against Kestrel.</summary>
public sealed class GraphQLWsClientTests
{
    [Fact]
    public async Task The_graphql_ws_client_subscribes_queries_completes_and_is_refused_with_a_bad_token()
    {
        // Server pings every 50 ms: the client must answer them (it does on its own) for the connection to last the scenario.
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL
            .AddConnectionInitHandler(TestConnectionInit.Handler)
            .ModifyOptions(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(50)));
        var url = new UriBuilder(host.Endpoint) { Scheme = "ws" }.Uri.ToString();

        var report = await RunClientAsync(url, "secret");

        Assert.True(report.GetProperty("acknowledged").GetBoolean());
        Assert.True(report.GetProperty("pongs").GetInt32() >= 1);
        Assert.True(report.GetProperty("serverPings").GetInt32() >= 1);
        var longSubscription = report.GetProperty("long");
        Assert.True(longSubscription.GetProperty("complete").GetBoolean());
        Assert.Equal(30, longSubscription.GetProperty("events").GetArrayLength());
        var subscription = report.GetProperty("subscription");
        Assert.True(subscription.GetProperty("complete").GetBoolean());
        Assert.Equal([1, 2, 3], subscription.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("next").GetProperty("data").GetProperty("counter").GetInt32()));

        var query = report.GetProperty("query");
        Assert.True(query.GetProperty("complete").GetBoolean());
        var data = Assert.Single(query.GetProperty("events").EnumerateArray()).GetProperty("next").GetProperty("data");
        Assert.Equal("ws-user", data.GetProperty("me").GetString()); // the caller comes from connection_init's payload
        Assert.Equal("Hello, ws!", data.GetProperty("hello").GetString());

        var invalid = report.GetProperty("invalid").GetProperty("error");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", invalid[0].GetProperty("extensions").GetProperty("code").GetString());

        // Completed by the client after two values: at most what was in flight follows, then the stream stops without an error.
        var early = report.GetProperty("early");
        var values = early.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, values.Count), values);
        Assert.InRange(values.Count, 2, 30);
        Assert.Equal(values.Count, early.GetProperty("later").GetInt32());
        Assert.False(early.TryGetProperty("error", out _));

        Assert.Equal(4403, report.GetProperty("refused").GetProperty("error").GetProperty("code").GetInt32());
    }

    private static async Task<JsonElement> RunClientAsync(string url, string token)
    {
        var jsDirectory = Path.Combine(RepositoryRoot(), "tests", "js");
        if (!Directory.Exists(Path.Combine(jsDirectory, "node_modules", "graphql-ws")))
        {
            throw new InvalidOperationException($"graphql-ws is not installed: run `npm ci` in {jsDirectory} (eng/test.sh does).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = jsDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("graphql-ws-client.mjs");
        start.ArgumentList.Add(url);
        start.ArgumentList.Add(token);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"graphql-ws-client.mjs exited with {process.ExitCode}: {await error}");
        using var document = JsonDocument.Parse(await output);
        return document.RootElement.Clone();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomerCentric.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CustomerCentric.sln) is not above " + AppContext.BaseDirectory);
    }
}
