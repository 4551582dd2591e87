namespace CustomerCentric.Worker.Routing;

/// <summary>What routing did with one complaint.</summary>
public enum RoutingResult
{
    /// <summary>It was Received and is now routed.</summary>
    Routed,

    /// <summary>It had been routed before (a redelivered or duplicated message): nothing changed.</summary>
    AlreadyRouted,

    /// <summary>No complaint has that id.</summary>
    NotFound,
}
