namespace CustomerCentric.AppHost.Hosting;

/// <summary>The application cannot start: missing prerequisites, or a resource that failed to start (the message says which and why).</summary>
public sealed class DistributedApplicationException(string message) : Exception(message);
