using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CustomerCentric.GraphQL.Tests.Conformance;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>
/// The GraphQL server load benchmark, side by side in one run: our server (AddGraphQLServer + MapGraphQL), graphql-js 16 served
/// by graphql-http on Node, and the ceiling (an ASP.NET Core endpoint writing the same response bytes), each in its own process,
/// one after the other, driven by wrk with the same connections and duration. Before measuring, each server's answer is checked
/// against graphql-js's, so all three do the same work.
/// Run: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- graphql-server [--duration 10] [--warmup 10]
///      [--connections 32] [--threads 1] [--gc server|server-datas|workstation]   (needs wrk and `npm ci` in tests/js)
/// </summary>
public static class ServerLoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var duration = TimeSpan.FromSeconds(Option(args, "--duration", 10));
        // Long enough for tiered compilation to settle under load on 2 busy cores: after 3 s our server still ran instrumented
        // (PGO) code and the JIT took ~5% of its samples; the ceiling, with little code, settles sooner. Steady state is what a service runs in.
        var warmup = TimeSpan.FromSeconds(Option(args, "--warmup", 10));
        var connections = Option(args, "--connections", 32);
        var threads = Option(args, "--threads", 1);
        // Server GC is what Web SDK services (the API) run with; the API turns off DATAS (dynamic heap count, .NET 10's default
        // under Server GC) for throughput, and "server" runs the same way; "server-datas" shows .NET's default.
        var gcMode = OptionText(args, "--gc", "server");
        Wrk.EnsureInstalled();
        var workload = ServerWorkload.Load();
        workload.CheckSchema();
        if (!File.Exists(Path.Combine(workload.JavaScriptDirectory, "node_modules", "graphql-http", "package.json")))
        {
            throw new InvalidOperationException($"graphql-http is not installed: run `npm ci` in {workload.JavaScriptDirectory}.");
        }

        var body = workload.RequestBody;
        var wrk = new Wrk(threads, connections);
        var dotnetEnvironment = gcMode switch
        {
            "server" => new Dictionary<string, string> { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "0" },
            "server-datas" => new Dictionary<string, string> { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "1" },
            "workstation" => new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" },
            _ => throw new ArgumentException($"--gc {gcMode}: use server, server-datas or workstation."),
        };
        var self = SelfCommand();
        var servers = new (string Name, Func<ServerUnderLoad> Start)[]
        {
            ("ours", () => ServerUnderLoad.Start("ours", self[0], [.. self[1..], "graphql-server-host", BenchmarkHost.Ours, "{port}"], dotnetEnvironment)),
            ("graphql-js", () => ServerUnderLoad.Start("graphql-js", "node", [Path.Combine(workload.JavaScriptDirectory, "bench", "graphql-http-server.mjs"), workload.Directory, "{port}"], workingDirectory: workload.JavaScriptDirectory)),
            ("ceiling", () => ServerUnderLoad.Start("ceiling", self[0], [.. self[1..], "graphql-server-host", BenchmarkHost.Ceiling, "{port}"], dotnetEnvironment)),
        };

        Console.WriteLine($"GraphQL server load: wrk -t{threads} -c{connections}, {warmup.TotalSeconds:N0} s warm-up + {duration.TotalSeconds:N0} s measured per server, "
            + $"{gcMode} GC for the .NET servers, {Environment.ProcessorCount} cores");
        var answers = new Dictionary<string, string>();
        var results = new List<(string Name, LoadResult Result, string? Gc, TimeSpan Cpu)>();
        foreach (var (name, start) in servers)
        {
            using var server = start();
            var response = await PostAsync(server.Endpoint, body);
            var json = JsonNode.Parse(response);
            if (json?["errors"] is not null || json?["data"] is null)
            {
                throw new InvalidOperationException($"{name} did not answer the workload: {response}");
            }

            answers[name] = response;
            if (name == "graphql-js" && JsonComparison.FirstDifference(json, JsonNode.Parse(answers["ours"])) is { } difference)
            {
                throw new InvalidOperationException($"Our server and graphql-js answer the workload differently, {difference}");
            }

            if (name == "ceiling" && response != answers["ours"])
            {
                throw new InvalidOperationException("The ceiling does not write our server's response bytes.");
            }

            Console.WriteLine($"  {name}: {Encoding.UTF8.GetByteCount(response):N0}-byte response, warming up ...");
            wrk.Run(server.Endpoint, body, warmup);
            server.MarkMeasuredRun();
            var result = wrk.Run(server.Endpoint, body, duration);
            var cpu = server.CpuSinceMark();
            var gc = server.Stop();
            if (result.Non2xx > 0)
            {
                throw new InvalidOperationException($"{name} answered {result.Non2xx} requests with a status other than 2xx.");
            }

            results.Add((name, result, gc, cpu));
        }

        Print(results);
        return 0;
    }

    private static void Print(List<(string Name, LoadResult Result, string? Gc, TimeSpan Cpu)> results)
    {
        var ours = results.Single(r => r.Name == "ours").Result;
        Console.WriteLine();
        Console.WriteLine("| server     |    req/s | p50 (ms) | p90 (ms) | p99 (ms) | requests | socket errors |");
        Console.WriteLine("|------------|---------:|---------:|---------:|---------:|---------:|---------------|");
        foreach (var (name, result, _, _) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name,-10} | {result.RequestsPerSecond,8:N0} | {result.P50Ms,8:N2} | {result.P90Ms,8:N2} | {result.P99Ms,8:N2} | {result.Requests,8:N0} | {(result.SocketErrors.Length == 0 ? "none" : result.SocketErrors),-13} |"));
        }

        Console.WriteLine();
        foreach (var (name, result, gc, _) in results.Where(r => r.Gc is not null))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} GC during the measured run: {gc} ({result.Requests:N0} requests)"));
        }

        Console.WriteLine(string.Join(", ", results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Name} {r.Cpu.TotalMicroseconds / Math.Max(1, r.Result.Requests):N1} us"))) + " of CPU per request (the server process, measured run)");

        var js = results.Single(r => r.Name == "graphql-js").Result;
        var ceiling = results.Single(r => r.Name == "ceiling").Result;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours / graphql-js: {ours.RequestsPerSecond / js.RequestsPerSecond:N1}x req/s (aim: at least 3x); ceiling / ours: {ceiling.RequestsPerSecond / ours.RequestsPerSecond:N2}x req/s (aim: at most 2x), p99 {ours.P99Ms / ceiling.P99Ms:N1}x the ceiling's"));
    }

    private static async Task<string> PostAsync(Uri endpoint, string body)
    {
        using var client = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? text : throw new InvalidOperationException($"{endpoint} answered {(int)response.StatusCode}: {text}");
    }

    /// <summary>How to start this program again: its apphost, or dotnet with its assembly.</summary>
    private static string[] SelfCommand()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(ServerLoadBenchmark).Assembly.Location;
        return Path.GetFileNameWithoutExtension(processPath) == "dotnet" ? [processPath, assembly] : [processPath];
    }

    private static string OptionText(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
