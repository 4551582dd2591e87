using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.Hosting;

namespace CustomerCentric.AppHost.Hosting.Servers;

/// <summary>A local server started by its CustomerCentric.Hosting launcher (supervised: it never outlives the AppHost).</summary>
public abstract class ServerResource<TServer>(string name) : Resource(name), IResourceWithConnectionString
    where TServer : LocalServer
{
    private TServer? server;
    private TaskCompletionSource<int>? exited;

    /// <summary>The launcher, once the resource started.</summary>
    public TServer Server => server ?? throw new InvalidOperationException($"{Name} has not been started.");

    public string ConnectionString => Server.ConnectionString;

    internal override int? ProcessId => server is { IsRunning: true } ? server.ProcessId : null;

    internal override IReadOnlyList<int> ProcessIds => server is { IsRunning: true } ? [server.ProcessId, server.SupervisorProcessId] : [];

    internal override string? LogFile => server is { IsRunning: true } ? server.LogFile : null;

    internal override Task<int>? Exited => exited?.Task;

    /// <summary>Creates the launcher with the folder (null: temporary) and ports the context gives.</summary>
    protected abstract TServer CreateServer(ResourceContext context);

    internal override void CheckPrerequisites(ResourceContext context, List<string> errors)
    {
        try
        {
            (server ??= CreateServer(context)).EnsurePrerequisites();
        }
        catch (MissingPrerequisiteException missing)
        {
            errors.Add($"{Name}: {missing.Message}");
        }
    }

    internal override async Task StartAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        server ??= CreateServer(context);
        await server.StartAsync(cancellationToken);
        exited = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The launcher probed readiness before it returned; from then on the server is healthy while it runs.</summary>
    internal override Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var running = server is { IsRunning: true };
        if (!running)
        {
            exited?.TrySetResult(-1); // the launcher does not report a server's own exit status
        }

        return Task.FromResult(running);
    }

    internal override async Task StopAsync()
    {
        if (server is not null)
        {
            await server.StopAsync();
            exited?.TrySetResult(0);
        }
    }
}
