using System.Diagnostics;
using CustomerCentric.Hosting.Supervision;

namespace CustomerCentric.Hosting;

/// <summary>
/// A server process on 127.0.0.1 that this process owns: started under a <see cref="SupervisedProcess"/> on free (or
/// preferred) ports, ready only once it answers, stopped cleanly, and never outliving its owner.
/// Each kind of server says how to prepare, run, probe and stop itself.
/// </summary>
public abstract class LocalServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private const int LogTailLines = 40;
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    private readonly LocalServerOptions options;
    private readonly SemaphoreSlim lifecycle = new(1, 1);
    private SupervisedProcess? process;
    private string? directory;

    protected LocalServer(string name, LocalServerOptions options)
    {
        Name = name;
        this.options = options;
    }

    /// <summary>Short name, used in messages, file names and the AppHost's table.</summary>
    public string Name { get; }

    /// <summary>The folder holding this instance's data and log (temporary unless options name one).</summary>
    public string Directory => directory ?? throw NotStarted();

    /// <summary>The server's console output: the first place to look when something goes wrong.</summary>
    public string LogFile => Path.Combine(Directory, $"{Name}.log");

    /// <summary>The server's main process (it leads the server's process group).</summary>
    public int ProcessId => process?.ProcessId ?? throw NotStarted();

    /// <summary>The supervisor that ends the server when this process ends.</summary>
    public int SupervisorProcessId => process?.SupervisorProcessId ?? throw NotStarted();

    public bool IsRunning => process is { HasExited: false };

    /// <summary>Every TCP port the server listens on.</summary>
    public abstract IReadOnlyList<int> Ports { get; }

    /// <summary>What clients use to connect (format of the server's usual client library).</summary>
    public abstract string ConnectionString { get; }

    /// <summary>From start until ready, measured by the last <see cref="StartAsync"/>.</summary>
    public TimeSpan? StartDuration { get; private set; }

    /// <summary>From the stop request until every process was gone, measured by the last <see cref="StopAsync"/>.</summary>
    public TimeSpan? StopDuration { get; private set; }

    protected bool UsesTemporaryDirectory => options.DataDirectory is null;

    /// <summary>Starts the server and returns once it answers clients.</summary>
    /// <exception cref="MissingPrerequisiteException">The server's programs are not installed.</exception>
    /// <exception cref="ServerStartException">The server exited or did not answer within the startup timeout.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (process is not null)
            {
                throw new InvalidOperationException($"{Name} is already started.");
            }

            CheckPrerequisites();
            var clock = Stopwatch.StartNew();
            directory = options.DataDirectory is { } configured
                ? Path.GetFullPath(configured)
                : System.IO.Directory.CreateTempSubdirectory($"customercentric-{Name}-").FullName;
            try
            {
                for (var attempt = 1; ; attempt++)
                {
                    var failure = await TryStartAsync(usePreferredPorts: attempt == 1, cancellationToken);
                    if (failure is null)
                    {
                        break;
                    }

                    // another process took a port between choosing and binding it: choose again
                    if (!failure.PortWasTaken || attempt == StartAttempts)
                    {
                        throw failure;
                    }
                }

                await OnReadyAsync(cancellationToken);
            }
            catch
            {
                await EndProcessAsync();
                throw;
            }

            StartDuration = clock.Elapsed;
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <summary>Stops the server cleanly (killing what does not stop in time); a temporary folder is deleted.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (process is null)
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            await process.StopAsync(cancellationToken);
            await EndProcessAsync();
            StopDuration = clock.Elapsed;
        }
        finally
        {
            lifecycle.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        lifecycle.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Checks, without starting anything, that the server's programs are installed (an early error for the AppHost).</summary>
    /// <exception cref="MissingPrerequisiteException">A program is missing; the message names the apt package.</exception>
    public void EnsurePrerequisites() => CheckPrerequisites();

    /// <summary>Throws <see cref="MissingPrerequisiteException"/> when a program the server needs is missing.</summary>
    protected abstract void CheckPrerequisites();

    /// <summary>Chooses the ports for the next start; the configured preferred ports only on the first attempt.</summary>
    protected abstract void ChoosePorts(bool usePreferredPorts);

    /// <summary>Creates files the server needs in <paramref name="directory"/> (configuration, initialised data).</summary>
    protected abstract Task PrepareAsync(string directory, CancellationToken cancellationToken);

    /// <summary>The server's command; the base class sets the log file and temporary-folder removal.</summary>
    protected abstract ProcessSpec CreateServerProcess(string directory, string logFile);

    /// <summary>True once the server answers clients; false (or an exception) while it is still starting.</summary>
    protected abstract Task<bool> IsReadyAsync(CancellationToken cancellationToken);

    /// <summary>Runs once the server is ready (e.g. creating the configured database).</summary>
    protected virtual Task OnReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs one of the server's own tools (psql, rabbitmqctl, ...) under supervision.</summary>
    protected Task<ProcessOutcome> RunToolAsync(string fileName, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken) =>
        SupervisedProcess.RunAsync(
            new ProcessSpec(fileName, arguments, Path.Combine(Directory, $".{Path.GetFileName(fileName)}-{Guid.NewGuid():N}.log"))
            {
                Environment = environment ?? new Dictionary<string, string?>(),
                WorkingDirectory = Directory,
                OwnerLostGrace = TimeSpan.FromSeconds(1),
            },
            cancellationToken);

    protected InvalidOperationException NotStarted() => new($"{Name} has not been started.");

    private async Task<ServerStartException?> TryStartAsync(bool usePreferredPorts, CancellationToken cancellationToken)
    {
        var root = Directory;
        System.IO.Directory.CreateDirectory(root);
        ChoosePorts(usePreferredPorts);
        await PrepareAsync(root, cancellationToken);
        await File.WriteAllTextAsync(LogFile, "", cancellationToken); // the log holds the current run
        var spec = CreateServerProcess(root, LogFile) with
        {
            LogFile = LogFile,
            StopGrace = options.StopTimeout,
            RemoveWhenEnded = UsesTemporaryDirectory ? root : null,
        };
        process = await SupervisedProcess.StartAsync(spec, cancellationToken);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.StartupTimeout);
        string? lastProbeError = null;
        while (true)
        {
            if (process.HasExited)
            {
                return await FailAsync($"exited with status {await process.Exited} before it was ready");
            }

            try
            {
                if (await IsReadyAsync(deadline.Token))
                {
                    return null;
                }

                await Task.Delay(ProbeInterval, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var probe = lastProbeError is null ? "" : $" (last probe: {lastProbeError})";
                return await FailAsync($"did not become ready within {options.StartupTimeout.TotalSeconds:0.#} s{probe}");
            }
            catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or HttpRequestException)
            {
                lastProbeError = exception.Message; // still starting
                await Task.Delay(ProbeInterval, cancellationToken);
            }
        }
    }

    private async Task<ServerStartException> FailAsync(string reason)
    {
        // read the log before the supervisor removes a temporary folder
        var failure = new ServerStartException(Name, reason, LogFile, SupervisedProcess.ReadLogTail(LogFile, LogTailLines));
        await EndProcessAsync();
        return failure;
    }

    private async Task EndProcessAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
            process = null;
        }

        if (UsesTemporaryDirectory && directory is not null && System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true); // the supervisor normally did this already
        }
    }
}
