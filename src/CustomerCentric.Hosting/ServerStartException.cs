namespace CustomerCentric.Hosting;

/// <summary>A local server did not become ready: it exited, or it did not answer in time. Carries the log's tail.</summary>
public sealed class ServerStartException(string serverName, string reason, string logFile, string logTail)
    : Exception($"{serverName} {reason}. Last lines of {logFile}:\n{logTail}")
{
    public string ServerName { get; } = serverName;

    public string LogTail { get; } = logTail;

    /// <summary>True when the log says a port was taken; the launcher then retries on other ports.</summary>
    public bool PortWasTaken { get; } =
        logTail.Contains("Address already in use", StringComparison.OrdinalIgnoreCase) ||
        logTail.Contains("eaddrinuse", StringComparison.OrdinalIgnoreCase);
}
