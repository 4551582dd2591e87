namespace CustomerCentric.Hosting;

/// <summary>What every local server launcher accepts.</summary>
public abstract record LocalServerOptions
{
    /// <summary>
    /// Folder for the server's data and log, kept between runs (the AppHost). Null: a fresh temporary folder that is
    /// deleted when the server stops or its owner dies (tests).
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>How long the server may take to answer after it was started.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How long a clean stop may take before what is left is killed (at most 25 s).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
