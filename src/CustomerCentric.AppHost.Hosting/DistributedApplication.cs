using System.Diagnostics;
using System.Runtime.InteropServices;
using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.AppHost.Hosting.Dashboard;
using CustomerCentric.AppHost.Hosting.Orchestration;
using CustomerCentric.AppHost.Hosting.Terminal;

namespace CustomerCentric.AppHost.Hosting;

/// <summary>
/// The running topology: starts every resource when what it waits for is healthy, watches and restarts services, serves
/// the dashboard, writes endpoints.json, and stops everything in reverse order. Every process runs under the launchers'
/// supervisor, so nothing outlives this process, even when it is killed.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly IReadOnlyList<Resource> resources;
    private readonly Dictionary<Resource, ResourceRunner> runners;
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenSource tailing = new();
    private readonly List<Task> runs = [];
    private readonly List<Task> tails = [];
    private readonly Lock gate = new();
    private Task? stopTask;
    private DashboardServer? dashboard;
    private bool started;

    internal DistributedApplication(DistributedApplicationOptions options, IReadOnlyList<Resource> resources)
    {
        Options = options;
        this.resources = resources;
        runners = resources.ToDictionary(resource => resource, resource => new ResourceRunner(resource, this));
    }

    /// <summary>A resource changed state or health.</summary>
    public event Action<ResourceSnapshot>? ResourceChanged;

    /// <summary>A line of a resource's output, or of the AppHost itself (resource "apphost").</summary>
    public event Action<string, string>? LogLine;

    public DistributedApplicationOptions Options { get; }

    /// <summary>From <see cref="StartAsync"/> until every resource was healthy (or finished).</summary>
    public TimeSpan? TimeToHealthy { get; private set; }

    /// <summary>The dashboard's address, once started.</summary>
    public Uri? DashboardUri => dashboard?.Address;

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public IReadOnlyList<ResourceSnapshot> GetResources() => [.. resources.Select(resource => runners[resource].Snapshot())];

    public ResourceSnapshot GetResource(string name) => Runner(name).Snapshot();

    /// <summary>The last lines of a resource's output.</summary>
    public IReadOnlyList<string> GetLogLines(string name) => Runner(name).Logs.LastLines;

    /// <summary>Every link for people: the dashboard, then each resource's.</summary>
    public IReadOnlyList<(string Resource, ResourceUrl Url)> GetUrls()
    {
        List<(string, ResourceUrl)> urls = [];
        if (DashboardUri is { } address)
        {
            urls.Add(("apphost", new ResourceUrl("Dashboard", address.ToString())));
        }

        urls.AddRange(resources.SelectMany(resource => resource.Urls.Select(url => (resource.Name, url))));
        return urls;
    }

    /// <summary>A service's HTTP endpoint (http://127.0.0.1:port/).</summary>
    public Uri GetEndpoint(string name) =>
        Runner(name).Resource.BaseUrl is { } url ? new Uri(url) : throw new InvalidOperationException($"{name} has no HTTP endpoint (yet).");

    public string GetConnectionString(string name) =>
        Runner(name).Resource is IResourceWithConnectionString server
            ? server.ConnectionString
            : throw new InvalidOperationException($"{name} has no connection string.");

    public Task WaitForResourceHealthyAsync(string name, CancellationToken cancellationToken = default) =>
        Runner(name).Ready.WaitAsync(cancellationToken);

    /// <summary>Every process of every resource now (programs and their supervisors).</summary>
    public IReadOnlyList<int> GetProcessIds() => [.. resources.SelectMany(resource => resource.ProcessIds)];

    /// <summary>Restarts a service (the dashboard's button).</summary>
    public Task RestartAsync(string name) => Runner(name).RestartAsync();

    /// <summary>Checks prerequisites, starts every resource in dependency order and returns once all are healthy.</summary>
    /// <exception cref="DistributedApplicationException">A prerequisite is missing or a resource failed to start.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (started)
            {
                throw new InvalidOperationException("The application has already been started.");
            }

            started = true;
        }

        var clock = Stopwatch.StartNew();
        // before anything starts: every missing program or build, each with what to install or run
        List<string> missing = [];
        foreach (var resource in resources)
        {
            resource.CheckPrerequisites(new ResourceContext(Options, OtlpEndpoint: null), missing);
        }

        if (missing.Count > 0)
        {
            throw new DistributedApplicationException("Missing prerequisites:\n  " + string.Join("\n  ", missing));
        }

        PrepareDataDirectory();
        dashboard = await DashboardServer.StartAsync(this, Options.DashboardPort, cancellationToken);
        var context = new ResourceContext(Options, dashboard.Address.ToString().TrimEnd('/'));

        foreach (var runner in runners.Values)
        {
            runs.Add(runner.RunAsync(context, resource => runners[resource], stopping.Token));
            tails.Add(runner.Logs.FollowAsync(tailing.Token));
        }

        List<Task> pending = [.. runners.Values.Select(runner => runner.Ready)];
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending).WaitAsync(cancellationToken);
            if (!done.IsCompletedSuccessfully)
            {
                var failed = runners.Values.First(runner => runner.Ready == done);
                throw new DistributedApplicationException($"{failed.Resource.Name} failed to start: {failed.Message}");
            }

            pending.Remove(done);
        }

        TimeToHealthy = clock.Elapsed;
        OnNotice($"all {resources.Count} resources healthy in {TimeToHealthy.Value.TotalSeconds:0.0} s");
        EndpointsFile.Write(this);
    }

    /// <summary>Stops every resource, dependents before what they depend on; safe to call more than once.</summary>
    public Task StopAsync()
    {
        lock (gate)
        {
            return stopTask ??= StopCoreAsync();
        }
    }

    /// <summary>
    /// The AppHost's main loop: starts everything with the live status view, prints the links, and on Ctrl+C or SIGTERM
    /// stops everything. Sets the exit code to 1 when the application could not start.
    /// </summary>
    public async Task RunAsync()
    {
        using var shutdown = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var terminal = new TerminalView(this);
        var clock = Stopwatch.StartNew();
        try
        {
            await StartAsync(shutdown.Token);
            terminal.PrintLinks();
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM
        }
        catch (DistributedApplicationException exception)
        {
            terminal.PrintError(exception.Message);
            Environment.ExitCode = 1;
        }
        finally
        {
            OnNotice("stopping (dependents first)");
            clock.Restart();
            await StopAsync();
            terminal.PrintStopped(clock.Elapsed);
        }

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true; // stop in order below instead of dying now
            shutdown.Cancel();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stopping.Dispose();
        tailing.Dispose();
    }

    internal void OnChanged(ResourceRunner runner)
    {
        ResourceChanged?.Invoke(runner.Snapshot());
        if (TimeToHealthy is not null && stopTask is null)
        {
            EndpointsFile.Write(this); // restarts and health changes stay visible to tools
        }
    }

    internal void OnLogLine(string resource, string line) => LogLine?.Invoke(resource, line);

    internal void OnNotice(string line) => LogLine?.Invoke("apphost", line);

    private ResourceRunner Runner(string name) =>
        runners.Values.FirstOrDefault(runner => runner.Resource.Name == name)
        ?? throw new ArgumentException($"No resource named '{name}'; there are: {string.Join(", ", resources.Select(r => r.Name))}.", nameof(name));

    private void PrepareDataDirectory()
    {
        if (Options.Fresh && Directory.Exists(Path.Combine(Options.DataDirectory, "data")))
        {
            OnNotice($"--fresh: deleting {Path.Combine(Options.DataDirectory, "data")}");
            Directory.Delete(Path.Combine(Options.DataDirectory, "data"), recursive: true);
        }

        if (Directory.Exists(Options.LogDirectory))
        {
            Directory.Delete(Options.LogDirectory, recursive: true); // the logs hold the current run
        }

        Directory.CreateDirectory(Options.LogDirectory);
        File.Delete(Options.EndpointsFile);
    }

    private async Task StopCoreAsync()
    {
        await stopping.CancelAsync();
        await Task.WhenAll(runs.Select(run => run.ContinueWith(_ => { }, TaskScheduler.Default)));

        // each resource stops once everything that depends on it has stopped
        Dictionary<Resource, Task> stops = [];
        Task StopInOrder(Resource resource)
        {
            if (!stops.TryGetValue(resource, out var stop))
            {
                var dependents = resources.Where(other => DependsOn(other, resource)).ToList();
                stop = StopAfterAsync(dependents.Select(StopInOrder).ToList(), runners[resource]);
                stops[resource] = stop;
            }

            return stop;
        }

        await Task.WhenAll(resources.Select(StopInOrder).ToList());
        await tailing.CancelAsync();
        await Task.WhenAll(tails);
        if (dashboard is not null)
        {
            await dashboard.DisposeAsync();
        }

        if (Options.TemporaryDataDirectory && Directory.Exists(Options.DataDirectory))
        {
            Directory.Delete(Options.DataDirectory, recursive: true);
        }
    }

    private static async Task StopAfterAsync(List<Task> dependents, ResourceRunner runner)
    {
        await Task.WhenAll(dependents);
        await runner.StopAsync();
    }

    private static bool DependsOn(Resource resource, Resource dependency) =>
        resource.WaitsForHealthy.Contains(dependency) || resource.WaitsForCompletion.Contains(dependency) || resource.References.Contains(dependency);
}
