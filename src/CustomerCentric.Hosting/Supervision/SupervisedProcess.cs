using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace CustomerCentric.Hosting.Supervision;

/// <summary>
/// A program run under a small bash supervisor (supervisor.sh) in a session of its own. The supervisor's stdin is a
/// pipe from this process; when this process ends in any way, SIGKILL included, the pipe reaches end of file and the
/// supervisor stops the program, then terminates and kills its process group and every descendant. .NET creates its
/// pipes close-on-exec, so no other child of the owner holds the write end open.
/// </summary>
public sealed class SupervisedProcess : IAsyncDisposable
{
    private const string ScriptVariable = "CUSTOMERCENTRIC_SUPERVISOR";
    private static readonly string Script = ReadScript();
    private static readonly TimeSpan SupervisorStartTimeout = TimeSpan.FromSeconds(15);

    private readonly Process supervisor;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder supervisorErrors = new();
    private readonly TimeSpan longestGrace;
    private Task pumps = Task.CompletedTask;
    private bool disposed;

    private SupervisedProcess(Process supervisor, ProcessSpec spec)
    {
        this.supervisor = supervisor;
        LogFile = spec.LogFile;
        longestGrace = spec.StopGrace > spec.OwnerLostGrace ? spec.StopGrace : spec.OwnerLostGrace;
    }

    /// <summary>The program's pid; it also leads the program's process group.</summary>
    public int ProcessId { get; private set; }

    /// <summary>The supervisor's pid; it leads the session the program runs in.</summary>
    public int SupervisorProcessId => supervisor.Id;

    public string LogFile { get; }

    /// <summary>Completes with the program's exit status when it ends (128 + n when signal n ended it).</summary>
    public Task<int> Exited => exited.Task;

    public bool HasExited => exited.Task.IsCompleted;

    /// <summary>Starts <paramref name="spec"/> under a supervisor; returns once the program runs.</summary>
    public static async Task<SupervisedProcess> StartAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        const string purpose = "Supervising local servers";
        var setsid = Prerequisite.Command("setsid", "util-linux", purpose, "/usr/bin/setsid");
        var bash = Prerequisite.Command("bash", "bash", purpose, "/bin/bash");
        if (!File.Exists(spec.FileName))
        {
            throw new FileNotFoundException($"Cannot run '{spec.FileName}': it does not exist.", spec.FileName);
        }

        using (new FileStream(spec.LogFile, FileMode.Append))
        {
            // the log exists once StartAsync returns, before the program writes to it
        }

        var info = new ProcessStartInfo(setsid)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory ?? Path.GetDirectoryName(spec.LogFile) ?? "/",
        };
        foreach (var argument in new[]
                 {
                     bash, "-c", $"eval \"${ScriptVariable}\"", "customercentric-supervisor", spec.LogFile, SignalName(spec.StopSignal),
                     Tenths(spec.StopGrace), Tenths(spec.OwnerLostGrace), spec.RemoveWhenEnded ?? "", spec.FileName,
                 }.Concat(spec.Arguments))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[ScriptVariable] = Script; // via the environment, so that ps shows a short command line
        foreach (var (name, value) in spec.Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var supervisor = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {setsid}.");
        var supervised = new SupervisedProcess(supervisor, spec);
        try
        {
            await supervised.ReadStartedLineAsync(cancellationToken);
        }
        catch
        {
            await supervised.DisposeAsync();
            throw;
        }

        return supervised;
    }

    /// <summary>Runs a short-lived program to completion under a supervisor and returns its exit status and output.</summary>
    /// <remarks>Cancelling ends the program and its children. The log file is deleted afterwards.</remarks>
    public static async Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        await using var process = await StartAsync(spec with { RemoveWhenEnded = spec.LogFile }, cancellationToken);
        var exitCode = await process.Exited.WaitAsync(cancellationToken);
        return new ProcessOutcome(exitCode, ReadLog(spec.LogFile));
    }

    /// <summary>
    /// Asks the program to stop with its stop signal, waits until it and everything it started are gone (what outlasts
    /// the stop grace is terminated, then killed), and ends the supervisor.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!HasExited)
        {
            try
            {
                await supervisor.StandardInput.BaseStream.WriteAsync("stop\n"u8.ToArray(), cancellationToken); // one write, one line
                await supervisor.StandardInput.BaseStream.FlushAsync(cancellationToken);
                await Exited.WaitAsync(longestGrace + TimeSpan.FromSeconds(10), cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or TimeoutException)
            {
                // the supervisor is gone or stuck: DisposeAsync below ends what is left
            }
        }

        await DisposeAsync();
    }

    /// <summary>Closes the pipe to the supervisor, which ends whatever still runs, and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            supervisor.StandardInput.Close();
        }
        catch (IOException)
        {
            // a supervisor that is gone has nothing left to end
        }

        using var timeout = new CancellationTokenSource(longestGrace + TimeSpan.FromSeconds(15));
        try
        {
            await supervisor.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // a supervisor that does not finish must not leave anything behind either
            supervisor.Kill(entireProcessTree: true);
            await supervisor.WaitForExitAsync(CancellationToken.None);
        }

        await pumps;
        exited.TrySetResult(supervisor.ExitCode);
        supervisor.Dispose();
    }

    /// <summary>The last <paramref name="lines"/> lines of the log file ("" when there is none yet).</summary>
    public static string ReadLogTail(string logFile, int lines)
    {
        var text = ReadLog(logFile);
        var all = text.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines - 1))).TrimEnd();
    }

    internal static string ReadLog(string logFile)
    {
        try
        {
            using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return "";
        }
    }

    private async Task ReadStartedLineAsync(CancellationToken cancellationToken)
    {
        var errors = PumpErrorsAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SupervisorStartTimeout);
        var line = await supervisor.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("started ", StringComparison.Ordinal))
        {
            await supervisor.WaitForExitAsync(timeout.Token);
            await errors;
            throw new InvalidOperationException(
                $"The supervisor for {LogFile} ended before starting its program: {supervisorErrors.ToString().Trim()}");
        }

        ProcessId = int.Parse(line["started ".Length..], CultureInfo.InvariantCulture);
        pumps = Task.WhenAll(errors, PumpEventsAsync());
    }

    private async Task PumpEventsAsync()
    {
        while (await supervisor.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("exited ", StringComparison.Ordinal))
            {
                exited.TrySetResult(int.Parse(line["exited ".Length..], CultureInfo.InvariantCulture));
            }
        }
    }

    private async Task PumpErrorsAsync()
    {
        while (await supervisor.StandardError.ReadLineAsync() is { } line)
        {
            lock (supervisorErrors)
            {
                if (supervisorErrors.Length < 16_384)
                {
                    supervisorErrors.AppendLine(line);
                }
            }
        }
    }

    private static string SignalName(ProcessSignal signal) => signal switch
    {
        ProcessSignal.Interrupt => "INT",
        ProcessSignal.Terminate => "TERM",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown stop signal."),
    };

    private static string Tenths(TimeSpan duration) =>
        ((int)Math.Clamp(Math.Ceiling(duration.TotalSeconds * 10), 1, 250)).ToString(CultureInfo.InvariantCulture);

    private static string ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CustomerCentric.Hosting.Supervision.supervisor.sh")
                           ?? throw new InvalidOperationException("supervisor.sh is not embedded in CustomerCentric.Hosting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
