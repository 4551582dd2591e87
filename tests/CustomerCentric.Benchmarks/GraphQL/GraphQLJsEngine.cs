using System.Diagnostics;
using System.Text.Json;

namespace CustomerCentric.Benchmarks.GraphQL;

/// <summary>Runs tests/js/bench/graphql-js-engine.mjs: graphql-js 16 on Node doing the same work as the .NET benchmark.</summary>
public static class GraphQLJsEngine
{
    /// <summary>graphql-js's response to the workload, as JSON text.</summary>
    public static string Response(EngineWorkload workload) => Run(workload, "--result");

    /// <summary>graphql-js's timings: warm-up, then <paramref name="iterations"/> timed runs of the whole path and of execution alone.</summary>
    public static GraphQLJsTimings Measure(EngineWorkload workload, int iterations = 2000, int warmup = 300)
    {
        var output = Run(workload, "--iterations", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--warmup", warmup.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return JsonSerializer.Deserialize<GraphQLJsTimings>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"graphql-js-engine.mjs printed no report: {output}");
    }

    private static string Run(EngineWorkload workload, params string[] arguments)
    {
        var jsDirectory = workload.JavaScriptDirectory;
        if (!Directory.Exists(Path.Combine(jsDirectory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed: run `npm ci` in {jsDirectory}.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = jsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(jsDirectory, "bench", "graphql-js-engine.mjs"));
        start.ArgumentList.Add(workload.Directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"graphql-js-engine.mjs exited with {process.ExitCode}: {error.Result}");
        }

        return output;
    }
}
