using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>
/// Drives a server with wrk (Debian package <c>wrk</c>): a fixed number of keep-alive connections POSTing the same body for a
/// fixed time, then the throughput and the latency distribution it measured.
/// </summary>
public sealed partial class Wrk(int threads, int connections)
{
    public static void EnsureInstalled()
    {
        if (!File.Exists("/usr/bin/wrk") && !IsOnPath("wrk"))
        {
            throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk (or run eng/prerequisites.sh bench as root).");
        }
    }

    public LoadResult Run(Uri endpoint, string body, TimeSpan duration)
    {
        var script = Path.Combine(Path.GetTempPath(), $"graphql-load-{Environment.ProcessId}.lua");
        // A Lua long string keeps the JSON as it is, quotes and backslashes included.
        File.WriteAllText(script, $"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Accept"] = "application/graphql-response+json"
            wrk.body = [==[{body}]==]
            """);
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-t", $"{threads}", "-c", $"{connections}", "-d", $"{(int)duration.TotalSeconds}s", "--latency", "-s", script, endpoint.ToString() })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? Parse(output) : throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {error.Result}{output}");
        }
        finally
        {
            File.Delete(script);
        }
    }

    internal static LoadResult Parse(string output)
    {
        double Latency(string percentile)
        {
            var match = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!match.Success)
            {
                throw new FormatException($"wrk printed no {percentile}% latency:\n{output}");
            }

            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        var rate = RequestsPerSecond().Match(output);
        var requests = Requests().Match(output);
        if (!rate.Success || !requests.Success)
        {
            throw new FormatException($"wrk printed no throughput:\n{output}");
        }

        var non2xx = Non2xx().Match(output);
        var socketErrors = SocketErrors().Match(output);
        return new LoadResult(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            Latency("50"),
            Latency("90"),
            Latency("99"),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors.Success ? socketErrors.Groups[1].Value.Trim() : "");
    }

    private static bool IsOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(directory => File.Exists(Path.Combine(directory, command)));

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors:(.*)$", RegexOptions.Multiline)]
    private static partial Regex SocketErrors();
}
