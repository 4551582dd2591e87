namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>What a resource needs from the application to start: where its data goes and what the services get.</summary>
/// <param name="Options">The application's options (isolated, fresh, folders).</param>
/// <param name="OtlpEndpoint">Where services send OpenTelemetry (the dashboard), null when there is none.</param>
public sealed record ResourceContext(DistributedApplicationOptions Options, string? OtlpEndpoint)
{
    /// <summary>The resource's data folder, kept between runs; null in isolated mode (a temporary folder is used).</summary>
    public string? DataDirectoryFor(IResource resource) =>
        Options.Isolated ? null : Path.Combine(Options.DataDirectory, "data", resource.Name);

    /// <summary>A preferred port, or null (any free port) in isolated mode, where fixed ports could collide.</summary>
    public int? Port(int? preferred) => Options.Isolated ? null : preferred;
}
