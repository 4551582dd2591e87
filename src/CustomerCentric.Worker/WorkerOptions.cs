namespace CustomerCentric.Worker;

/// <summary>The worker's timings, from the "Worker" configuration section.</summary>
public sealed record WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>How often the current rule set version is checked even without an announcement.</summary>
    public TimeSpan RuleSetPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the SLA sweeper looks for missed acknowledge deadlines.</summary>
    public TimeSpan SlaSweepInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long messaging may stall (bus unhealthy, publishes unconfirmed) before the worker exits to be restarted.</summary>
    public TimeSpan BusStallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Complaints escalated per transaction.</summary>
    public int SlaBatchSize { get; init; } = 100;
}
