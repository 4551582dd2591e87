using System.Net;
using System.Reflection;
using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.Hosting;
using CustomerCentric.Hosting.Supervision;

namespace CustomerCentric.AppHost.Hosting.Projects;

/// <summary>
/// A .NET service of this repository run from its build output as `dotnet &lt;dll&gt;` (built once with the AppHost, never
/// `dotnet run`), under the same supervisor as the servers, so it never outlives the AppHost either.
/// </summary>
public sealed class ProjectResource : Resource
{
    // Redirects are not followed: a health endpoint that redirects (to a sign-in page, say) is not answering health.
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(3) };
    private SupervisedProcess? process;
    private int? port;
    private string? logFile;

    internal ProjectResource(string name, string projectPath)
        : base(name)
    {
        ProjectPath = projectPath;
    }

    /// <summary>The .csproj, relative to the repository root.</summary>
    public string ProjectPath { get; }

    internal Dictionary<string, string> Environment { get; } = [];

    /// <summary>True once WithHttpEndpoint was called; the port is chosen at start.</summary>
    internal bool HasHttpEndpoint { get; set; }

    internal int? PreferredPort { get; set; }

    internal string? HealthCheckPath { get; set; }

    internal bool IsOneShot { get; set; }

    public override string Kind => "project";

    internal override bool IsService => !IsOneShot;

    internal override bool RunsToCompletion => IsOneShot;

    internal override string? BaseUrl => port is { } p ? $"http://127.0.0.1:{p}/" : null;

    internal override string? Endpoint => BaseUrl?.TrimEnd('/');

    internal override int? ProcessId => process is { HasExited: false } ? process.ProcessId : null;

    internal override IReadOnlyList<int> ProcessIds => process is { HasExited: false } ? [process.ProcessId, process.SupervisorProcessId] : [];

    internal override string? LogFile => logFile;

    internal override Task<int>? Exited => process?.Exited;

    /// <summary>The built assembly: bin/&lt;configuration&gt;/net10.0/&lt;project name&gt;.dll beside the project.</summary>
    internal string AssemblyPath(ResourceContext context)
    {
        var project = Path.Combine(context.Options.RepositoryRoot, ProjectPath);
        var folder = Path.GetDirectoryName(project)!;
        return Path.Combine(folder, "bin", context.Options.Configuration, TargetFramework, Path.GetFileNameWithoutExtension(project) + ".dll");
    }

    internal override void CheckPrerequisites(ResourceContext context, List<string> errors)
    {
        if (!File.Exists(Path.Combine(context.Options.RepositoryRoot, ProjectPath)))
        {
            errors.Add($"{Name}: the project {ProjectPath} does not exist under {context.Options.RepositoryRoot}.");
        }
        else if (!File.Exists(AssemblyPath(context)))
        {
            errors.Add($"{Name}: {AssemblyPath(context)} is not built: run `dotnet build CustomerCentric.AppHost -c {context.Options.Configuration}` " +
                       "(eng/start.sh does), which builds every service once.");
        }

        if (DotnetHost.Find() is null)
        {
            errors.Add($"{Name}: the dotnet host is not on PATH: install the .NET 10 SDK (https://learn.microsoft.com/dotnet/core/install/linux-debian).");
        }
    }

    internal override async Task StartAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        if (HasHttpEndpoint)
        {
            // the port stays the same across restarts, so links and references keep working
            port ??= LoopbackPort.Choose(context.Port(PreferredPort));
        }

        var assembly = AssemblyPath(context);
        logFile ??= Path.Combine(context.Options.LogDirectory, $"{Name}.log");
        Directory.CreateDirectory(context.Options.LogDirectory);
        await File.AppendAllTextAsync(logFile, "", cancellationToken);
        process = await SupervisedProcess.StartAsync(
            new ProcessSpec(DotnetHost.Find()!, [assembly], logFile)
            {
                Environment = EnvironmentFor(context),
                WorkingDirectory = Path.GetDirectoryName(assembly), // appsettings.json sits beside the dll
                StopSignal = ProcessSignal.Terminate, // the generic host stops gracefully on SIGTERM
                StopGrace = TimeSpan.FromSeconds(8),
                OwnerLostGrace = TimeSpan.FromSeconds(2),
            },
            cancellationToken);
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        if (process is not { HasExited: false })
        {
            return false;
        }

        if (HealthCheckPath is null || BaseUrl is null)
        {
            return true;
        }

        try
        {
            using var response = await Http.GetAsync(new Uri(new Uri(BaseUrl), HealthCheckPath), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    internal override async Task StopAsync()
    {
        if (process is not null)
        {
            await process.StopAsync();
        }
    }

    private Dictionary<string, string?> EnvironmentFor(ResourceContext context)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            // one line per entry, so that each line can carry the resource's name in the terminal
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss ",
            ["OTEL_SERVICE_NAME"] = Name,
            ["ASPNETCORE_URLS"] = port is { } p ? $"http://127.0.0.1:{p}" : null,
        };
        if (context.OtlpEndpoint is { } otlp)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            environment["OTEL_EXPORTER_OTLP_HEADERS"] = $"{Dashboard.Telemetry.TelemetryReceiver.ResourceHeader}={Name}";
        }

        foreach (var reference in References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString server:
                    environment[$"ConnectionStrings__{server.Name}"] = server.ConnectionString;
                    break;
                case ProjectResource { BaseUrl: { } url } service:
                    environment[$"services__{service.Name}__http__0"] = url.TrimEnd('/');
                    break;
            }
        }

        foreach (var (name, value) in Environment)
        {
            environment[name] = value;
        }

        return environment;
    }

    private static string TargetFramework =>
        $"net{System.Environment.Version.Major}.{System.Environment.Version.Minor}";
}
