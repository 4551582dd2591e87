namespace CustomerCentric.Messaging.Health;

public sealed record BusStallOptions
{
    /// <summary>How long the bus may stay unhealthy, or publishes keep failing, before the process gives up.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The process exit code after a stall: EX_TEMPFAIL, "try again later".</summary>
    public int ExitCode { get; init; } = 75;
}
