namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>The handle the builder's Add* methods return; the With*/WaitFor extensions configure the resource through it.</summary>
public interface IResourceBuilder<out T>
    where T : IResource
{
    T Resource { get; }

    DistributedApplicationBuilder ApplicationBuilder { get; }
}
