namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

/// <summary>Where a resource is in its life (Aspire's known resource states, minus the container ones).</summary>
public enum ResourceState
{
    /// <summary>Waits for the resources it depends on.</summary>
    Waiting,
    Starting,
    Running,

    /// <summary>Exited; a service is restarted after its back-off.</summary>
    Exited,

    /// <summary>A run-to-completion resource (the migrations) ended successfully.</summary>
    Finished,
    FailedToStart,
    Stopping,
    Stopped,
}
