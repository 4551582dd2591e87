namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>A resource as the terminal, the dashboard and endpoints.json show it at one moment.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Kind,
    ResourceState State,
    ResourceHealth Health,
    string? Endpoint,
    int? ProcessId,
    int Restarts,
    bool CanRestart,
    IReadOnlyList<ResourceUrl> Urls,
    IReadOnlyList<int> ProcessIds,
    string? Message);
