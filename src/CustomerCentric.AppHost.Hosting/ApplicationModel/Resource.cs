namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>
/// The base of every resource: its name, what it waits for and links to, and how it starts, stops and reports health.
/// The orchestrator (<see cref="Orchestration.ResourceRunner"/>) drives these members; applications only add resources.
/// </summary>
public abstract class Resource(string name) : IResource
{
    public string Name { get; } = ValidName(name);

    /// <summary>Resources that must be healthy before this one starts (WaitFor).</summary>
    internal List<Resource> WaitsForHealthy { get; } = [];

    /// <summary>Resources that must have finished successfully before this one starts (WaitForCompletion).</summary>
    internal List<Resource> WaitsForCompletion { get; } = [];

    /// <summary>Resources whose connection strings or endpoints this one receives (WithReference).</summary>
    internal List<IResource> References { get; } = [];

    internal List<(string Path, ResourceUrl Url)> UrlPaths { get; } = [];

    /// <summary>Short kind for the status table ("redis", "project", ...).</summary>
    public abstract string Kind { get; }

    /// <summary>What the table shows as the resource's address, once started.</summary>
    internal abstract string? Endpoint { get; }

    /// <summary>The base address relative URLs resolve against (an HTTP endpoint), if any.</summary>
    internal virtual string? BaseUrl => null;

    /// <summary>The resource's main process, once started.</summary>
    internal abstract int? ProcessId { get; }

    /// <summary>Every process id that belongs to the resource now (program and supervisor), for the no-orphans checks.</summary>
    internal abstract IReadOnlyList<int> ProcessIds { get; }

    /// <summary>The file the resource's output goes to (tailed for the terminal and the dashboard).</summary>
    internal abstract string? LogFile { get; }

    /// <summary>True for .NET services: restarted after a crash and from the dashboard.</summary>
    internal virtual bool IsService => false;

    /// <summary>True when the resource does its work and exits (the migrations); dependents wait for its completion.</summary>
    internal virtual bool RunsToCompletion => false;

    /// <summary>Links for people, resolved against <see cref="BaseUrl"/>, plus what the resource adds itself.</summary>
    internal virtual IEnumerable<ResourceUrl> Urls =>
        BaseUrl is { } baseUrl
            ? UrlPaths.Select(url => url.Url with { Url = new Uri(new Uri(baseUrl), url.Path).ToString() })
            : [];

    /// <summary>Adds to <paramref name="errors"/> every missing program or build output, without starting anything.</summary>
    internal abstract void CheckPrerequisites(ResourceContext context, List<string> errors);

    /// <summary>Starts the resource; returns once its process runs (a server: once it answers).</summary>
    internal abstract Task StartAsync(ResourceContext context, CancellationToken cancellationToken);

    /// <summary>Completes with the exit status when the started process ends; null when nothing runs.</summary>
    internal abstract Task<int>? Exited { get; }

    internal abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    internal abstract Task StopAsync();

    private static string ValidName(string name) =>
        !string.IsNullOrEmpty(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw new ArgumentException($"'{name}' is not a valid resource name: use letters, digits, '-' and '_'.", nameof(name));
}
