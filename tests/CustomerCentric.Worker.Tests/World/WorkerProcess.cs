using System.Diagnostics;
using CustomerCentric.Testing;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>
/// The worker as users run it: <c>dotnet CustomerCentric.Worker.dll</c> in a child process, configured only through
/// ConnectionStrings__* and Worker__* environment variables. Its output goes to a log file the test can show.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private WorkerProcess(Process process, StreamWriter log, string logFile)
    {
        _process = process;
        _log = log;
        LogFile = logFile;
    }

    public string LogFile { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public Task WaitForExitAsync(CancellationToken ct) => _process.WaitForExitAsync(ct);

    public static WorkerProcess Start(WorkerDatabase database, string rabbitMq, RedisFixture redis, string name)
    {
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(directory, "CustomerCentric.Worker.dll")])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in WorkerHost.Configuration(database, rabbitMq, redis))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0"; // two workers at once: any free port for /health
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        var logFile = Path.Combine(Path.GetTempPath(), $"customercentric-worker-{name}-{Guid.NewGuid():N}.log");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process, log, logFile);
    }

    /// <summary>SIGKILL: no shutdown, no flush, whatever was in flight is cut off.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The last lines of the worker's output, for failure messages.</summary>
    public string Tail(int lines = 30)
    {
        lock (_log)
        {
            _log.Flush();
        }

        using var reader = new StreamReader(new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return string.Join(Environment.NewLine, reader.ReadToEnd().Split('\n').TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }

        File.Delete(LogFile);
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }
}
