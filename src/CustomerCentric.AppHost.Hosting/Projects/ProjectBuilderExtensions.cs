using CustomerCentric.AppHost.Hosting.ApplicationModel;

namespace CustomerCentric.AppHost.Hosting.Projects;

/// <summary>AddProject and the settings of a .NET service.</summary>
public static class ProjectBuilderExtensions
{
    /// <summary>A service of this repository, run from its build output; /health is its health check once it has an HTTP endpoint.</summary>
    /// <param name="projectPath">The .csproj relative to the repository root; the AppHost's project references build it.</param>
    public static IResourceBuilder<ProjectResource> AddProject(this DistributedApplicationBuilder builder, string name, string projectPath) =>
        builder.AddResource(new ProjectResource(name, projectPath));

    /// <summary>
    /// A project that does its work and exits (the database migrations); dependents use WaitForCompletion, and a failure is
    /// reported, not restarted.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddExecutableProject(this DistributedApplicationBuilder builder, string name, string projectPath)
    {
        var resource = builder.AddProject(name, projectPath);
        resource.Resource.IsOneShot = true;
        return resource;
    }

    /// <summary>An HTTP endpoint on 127.0.0.1: <paramref name="port"/> when it is free, otherwise (and when null) a free port.</summary>
    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int? port = null)
    {
        builder.Resource.HasHttpEndpoint = true;
        builder.Resource.PreferredPort = port;
        builder.Resource.HealthCheckPath ??= "/health";
        return builder;
    }

    /// <summary>The path that answers 200 when the service is ready (ServiceDefaults' /health by default).</summary>
    public static IResourceBuilder<ProjectResource> WithHttpHealthCheck(this IResourceBuilder<ProjectResource> builder, string path)
    {
        builder.Resource.HealthCheckPath = path;
        return builder;
    }

    /// <summary>An environment variable for the service (configuration such as Admin__BootstrapEmail).</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.Environment[name] = value;
        return builder;
    }
}
