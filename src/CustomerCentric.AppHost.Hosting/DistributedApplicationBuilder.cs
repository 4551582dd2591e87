using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.AppHost.Hosting.Testing;

namespace CustomerCentric.AppHost.Hosting;

/// <summary>Collects the resources of the topology; <see cref="Build"/> makes the application that runs them.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> resources = [];

    internal DistributedApplicationBuilder(string[] args)
    {
        Args = args;
        Options = DistributedApplicationOptions.Parse(args);
    }

    public string[] Args { get; }

    public DistributedApplicationOptions Options { get; }

    public IReadOnlyList<Resource> Resources => resources;

    public IResourceBuilder<T> AddResource<T>(T resource)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resources.Any(existing => existing.Name == resource.Name))
        {
            throw new ArgumentException($"A resource named '{resource.Name}' already exists.", nameof(resource));
        }

        resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build()
    {
        var application = new DistributedApplication(Options, resources);
        // a test that runs the AppHost's entry point takes the application here, before the entry point runs it
        DistributedApplicationTestingBuilder.OfferToTest(application);
        return application;
    }
}
