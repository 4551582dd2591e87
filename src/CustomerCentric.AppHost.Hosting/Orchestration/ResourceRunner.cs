using System.Diagnostics;
using CustomerCentric.AppHost.Hosting.ApplicationModel;

namespace CustomerCentric.AppHost.Hosting.Orchestration;

/// <summary>
/// Drives one resource: waits for what it depends on, starts it, probes its health, reports its end, restarts a crashed
/// service after a back-off, and follows its log.
/// </summary>
internal sealed class ResourceRunner
{
    private static readonly TimeSpan ProbeWhileStarting = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ProbeWhileHealthy = TimeSpan.FromSeconds(2);

    private readonly DistributedApplication application;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RestartBackoff backoff = new();
    private volatile bool restartRequested;

    public ResourceRunner(Resource resource, DistributedApplication application)
    {
        Resource = resource;
        this.application = application;
        Logs = new LogTail(() => resource.LogFile, line => application.OnLogLine(resource.Name, line));
    }

    public Resource Resource { get; }

    public LogTail Logs { get; }

    public ResourceState State { get; private set; } = ResourceState.Waiting;

    public ResourceHealth Health { get; private set; }

    public int Restarts { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Completes when the resource is first healthy (a run-to-completion resource: finished); faults when it cannot be.</summary>
    public Task Ready => ready.Task;

    public ResourceSnapshot Snapshot() => new(
        Resource.Name, Resource.Kind, State, Health, Resource.Endpoint, Resource.ProcessId, Restarts, Resource.IsService,
        [.. Resource.Urls], Resource.ProcessIds, Message);

    public async Task RunAsync(ResourceContext context, Func<Resource, ResourceRunner> runnerOf, CancellationToken stopping)
    {
        try
        {
            await WaitForDependenciesAsync(runnerOf, stopping);
            while (!stopping.IsCancellationRequested && await RunOnceAsync(context, stopping))
            {
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // the application stops: the orchestrator stops the resource in reverse order
        }
        finally
        {
            ready.TrySetCanceled(CancellationToken.None);
        }
    }

    /// <summary>Stops the service and starts it again at once (the dashboard's restart button).</summary>
    public async Task RestartAsync()
    {
        if (!Resource.IsService)
        {
            throw new InvalidOperationException($"{Resource.Name} is not a service; only services restart from the dashboard.");
        }

        if (State != ResourceState.Running)
        {
            throw new InvalidOperationException($"{Resource.Name} is {State}; only a running service restarts.");
        }

        restartRequested = true;
        Set(ResourceState.Stopping, Health, "restart requested");
        await Resource.StopAsync();
    }

    public async Task StopAsync()
    {
        if (State is ResourceState.Stopped or ResourceState.FailedToStart or ResourceState.Finished && Resource.ProcessIds.Count == 0)
        {
            return;
        }

        Set(ResourceState.Stopping, Health, null);
        var clock = Stopwatch.StartNew();
        await Resource.StopAsync();
        Set(ResourceState.Stopped, ResourceHealth.Unknown, $"stopped in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task WaitForDependenciesAsync(Func<Resource, ResourceRunner> runnerOf, CancellationToken stopping)
    {
        foreach (var dependency in Resource.WaitsForHealthy.Concat(Resource.WaitsForCompletion))
        {
            Set(ResourceState.Waiting, ResourceHealth.Unknown, $"waits for {dependency.Name}");
            try
            {
                await runnerOf(dependency).Ready.WaitAsync(stopping);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                Fail($"waits for {dependency.Name}, which failed: {runnerOf(dependency).Message}");
                throw new OperationCanceledException(stopping);
            }
        }
    }

    /// <summary>One run from start to exit; true when the resource is to be started again.</summary>
    private async Task<bool> RunOnceAsync(ResourceContext context, CancellationToken stopping)
    {
        Set(ResourceState.Starting, ResourceHealth.Unknown, null);
        var clock = Stopwatch.StartNew();
        try
        {
            await Resource.StartAsync(context, stopping);
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            if (!Resource.IsService)
            {
                Fail(exception.Message);
                return false;
            }

            return await BackOffAsync($"could not start: {exception.Message}", clock.Elapsed, stopping);
        }

        Set(ResourceState.Running, ResourceHealth.Unknown, null);
        var exitCode = await WatchAsync(stopping);
        if (stopping.IsCancellationRequested)
        {
            return false;
        }

        if (restartRequested)
        {
            restartRequested = false;
            Restarts++;
            application.OnNotice($"{Resource.Name} restarted on request (restart #{Restarts})");
            return true;
        }

        if (Resource.RunsToCompletion)
        {
            if (exitCode == 0)
            {
                Set(ResourceState.Finished, ResourceHealth.Unknown, $"finished in {clock.Elapsed.TotalSeconds:0.0} s");
                ready.TrySetResult();
            }
            else
            {
                Fail($"exited with status {exitCode}; see its log lines above or {Resource.LogFile}");
            }

            return false;
        }

        if (!Resource.IsService)
        {
            Set(ResourceState.Exited, ResourceHealth.Unhealthy, "exited; restart the AppHost");
            application.OnNotice($"{Resource.Name} exited unexpectedly; the services that use it will fail until the AppHost restarts");
            ready.TrySetException(new InvalidOperationException($"{Resource.Name} exited"));
            return false;
        }

        return await BackOffAsync($"exited with status {exitCode}", clock.Elapsed, stopping);
    }

    /// <summary>Probes health until the process ends or the application stops; returns the exit status.</summary>
    private async Task<int> WatchAsync(CancellationToken stopping)
    {
        var exited = Resource.Exited ?? Task.FromResult(-1);
        while (!exited.IsCompleted)
        {
            bool healthy;
            try
            {
                healthy = await Resource.IsHealthyAsync(stopping);
            }
            catch (Exception) when (!stopping.IsCancellationRequested)
            {
                healthy = false;
            }

            if (exited.IsCompleted || stopping.IsCancellationRequested || State != ResourceState.Running)
            {
                break;
            }

            if (!Resource.RunsToCompletion)
            {
                var health = healthy ? ResourceHealth.Healthy : Health == ResourceHealth.Unknown ? ResourceHealth.Unknown : ResourceHealth.Unhealthy;
                if (health != Health)
                {
                    Set(State, health, Message);
                }

                if (healthy)
                {
                    ready.TrySetResult();
                }
            }

            var delay = Health == ResourceHealth.Healthy ? ProbeWhileHealthy : ProbeWhileStarting;
            await Task.WhenAny(exited, Task.Delay(delay, stopping));
            if (stopping.IsCancellationRequested)
            {
                return -1;
            }
        }

        return await exited;
    }

    private async Task<bool> BackOffAsync(string what, TimeSpan runDuration, CancellationToken stopping)
    {
        var delay = backoff.After(runDuration);
        Set(ResourceState.Exited, ResourceHealth.Unhealthy, $"{what}; restart in {delay.TotalSeconds:0} s");
        application.OnNotice($"{Resource.Name} {what}; restarting in {delay.TotalSeconds:0} s (restart #{Restarts + 1})");
        await Task.Delay(delay, stopping);
        Restarts++;
        return true;
    }

    private void Fail(string message)
    {
        Set(ResourceState.FailedToStart, ResourceHealth.Unhealthy, message);
        application.OnNotice($"{Resource.Name} failed to start: {message}");
        ready.TrySetException(new InvalidOperationException($"{Resource.Name} failed to start: {message}"));
    }

    private void Set(ResourceState state, ResourceHealth health, string? message)
    {
        (State, Health, Message) = (state, health, message);
        application.OnChanged(this);
    }
}
