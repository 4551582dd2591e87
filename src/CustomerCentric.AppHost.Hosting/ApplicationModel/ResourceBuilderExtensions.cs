namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>The calls that make Program.cs read as the topology: references, waits and links.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary>
    /// The resource receives <paramref name="source"/>'s connection string as ConnectionStrings__&lt;name&gt; (a service:
    /// its HTTP endpoint as services__&lt;name&gt;__http__0, Aspire's service discovery variable).
    /// </summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> source)
        where T : Resource
    {
        if (source.Resource is not (IResourceWithConnectionString or Projects.ProjectResource))
        {
            throw new ArgumentException($"{source.Resource.Name} has neither a connection string nor an endpoint to refer to.", nameof(source));
        }

        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Starts the resource only once <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : Resource
    {
        builder.Resource.WaitsForHealthy.Add(AsResource(dependency));
        return builder;
    }

    /// <summary>Starts the resource only once <paramref name="dependency"/> ran to completion successfully.</summary>
    public static IResourceBuilder<T> WaitForCompletion<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : Resource
    {
        var resource = AsResource(dependency);
        if (!resource.RunsToCompletion)
        {
            throw new ArgumentException($"{resource.Name} keeps running; wait for it with WaitFor.", nameof(dependency));
        }

        builder.Resource.WaitsForCompletion.Add(resource);
        return builder;
    }

    /// <summary>A link shown in the terminal, the dashboard and endpoints.json: <paramref name="path"/> on the resource's endpoint.</summary>
    /// <param name="userName">The sign-in to show with the link (Development credentials only).</param>
    public static IResourceBuilder<T> WithUrl<T>(this IResourceBuilder<T> builder, string path, string label, string? userName = null, string? password = null)
        where T : Resource
    {
        builder.Resource.UrlPaths.Add((path, new ResourceUrl(label, path, userName, password)));
        return builder;
    }

    private static Resource AsResource(IResourceBuilder<IResource> builder) =>
        builder.Resource as Resource ?? throw new ArgumentException($"{builder.Resource.Name} is not a resource of this AppHost.", nameof(builder));
}
