namespace CustomerCentric.Hosting.Supervision;

/// <summary>The signals a server is asked to stop with.</summary>
public enum ProcessSignal
{
    /// <summary>SIGINT (PostgreSQL: fast shutdown).</summary>
    Interrupt,

    /// <summary>SIGTERM.</summary>
    Terminate,
}
