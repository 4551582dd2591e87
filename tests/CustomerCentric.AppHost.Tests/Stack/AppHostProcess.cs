using System.Diagnostics;
using System.Text.Json;

namespace CustomerCentric.AppHost.Tests.Stack;

/// <summary>
/// The AppHost as a user runs it, `dotnet CustomerCentric.AppHost.dll`, with --isolated (free ports) and a data folder of
/// the test's, so that the test can read its endpoints.json and then signal or kill it.
/// </summary>
public sealed class AppHostProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process process;
    private readonly Task<string> output;

    private AppHostProcess(Process process, string dataDirectory)
    {
        this.process = process;
        DataDirectory = dataDirectory;
        output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
    }

    public string DataDirectory { get; }

    public int ProcessId => process.Id;

    public Process Process => process;

    /// <summary>Starts the AppHost and returns once its endpoints.json says every resource is healthy.</summary>
    public static async Task<(AppHostProcess AppHost, JsonElement Endpoints)> StartAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("customercentric-apphost-test-").FullName;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Repository.AppHostAssembly, "--isolated", "--data-dir", dataDirectory })
        {
            info.ArgumentList.Add(argument);
        }

        var appHost = new AppHostProcess(Process.Start(info)!, dataDirectory);
        var endpointsFile = Path.Combine(dataDirectory, "endpoints.json");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (appHost.process.HasExited)
            {
                throw new InvalidOperationException($"The AppHost exited with {appHost.process.ExitCode}:\n{await appHost.output}");
            }

            if (File.Exists(endpointsFile))
            {
                using var document = JsonDocument.Parse(await File.ReadAllTextAsync(endpointsFile, cancellationToken));
                if (document.RootElement.TryGetProperty("timeToHealthySeconds", out _))
                {
                    return (appHost, document.RootElement.Clone());
                }
            }

            await Task.Delay(100, cancellationToken);
        }

        appHost.Dispose();
        throw new TimeoutException($"The AppHost was not healthy within {StartTimeout.TotalSeconds} s.");
    }

    /// <summary>What the AppHost printed (complete once it has exited).</summary>
    public Task<string> Output => output;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
