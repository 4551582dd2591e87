using System.Diagnostics;
using System.Text.Json;

namespace CustomerCentric.AppHost.Tests.Stack;

/// <summary>The npm graphql-ws client as a frontend uses it (tests/js/apphost-complaint-routing.mjs), run with node.</summary>
public static class GraphQLClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Submits a Billing complaint (severity LOW, a private customer) and follows it until it is routed.</summary>
    /// <returns>The script's report: submitted, updates, routedTo.</returns>
    public static async Task<JsonElement> SubmitAndFollowAsync(Uri api, string apiKey, string text, CancellationToken cancellationToken)
    {
        var js = Path.Combine(Repository.Root, "tests", "js");
        if (!Directory.Exists(Path.Combine(js, "node_modules", "graphql-ws")))
        {
            throw new InvalidOperationException($"graphql-ws is not installed: run `npm ci` in {js} (eng/test.sh does).");
        }

        var graphQL = new Uri(api, "/graphql");
        var start = new ProcessStartInfo("node") { WorkingDirectory = js, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "apphost-complaint-routing.mjs", graphQL.ToString(), new UriBuilder(graphQL) { Scheme = "ws" }.Uri.ToString(), apiKey, text })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"apphost-complaint-routing.mjs exited with {process.ExitCode}: {await error}\n{await output}");
        using var document = JsonDocument.Parse((await output).Trim().Split('\n')[^1]);
        return document.RootElement.Clone();
    }
}
