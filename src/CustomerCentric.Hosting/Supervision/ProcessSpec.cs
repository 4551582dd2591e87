namespace CustomerCentric.Hosting.Supervision;

/// <summary>What to run under a supervisor, where its output goes and how it is stopped.</summary>
/// <param name="FileName">Absolute path of the program.</param>
/// <param name="Arguments">Its arguments, passed as they are (no shell).</param>
/// <param name="LogFile">Receives the program's stdout and stderr (appended).</param>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string LogFile)
{
    /// <summary>Variables added to (or, with a null value, removed from) the owner's environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public string? WorkingDirectory { get; init; }

    /// <summary>The signal that asks the program to stop cleanly.</summary>
    public ProcessSignal StopSignal { get; init; } = ProcessSignal.Terminate;

    /// <summary>How long the program may take to stop after its stop signal on a clean stop (at most 25 s).</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the program may take to stop after its stop signal when the owner disappears without stopping it;
    /// then everything left is terminated and killed.
    /// </summary>
    public TimeSpan OwnerLostGrace { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>A file or folder the supervisor deletes once the program and its children are gone (temporary data).</summary>
    public string? RemoveWhenEnded { get; init; }
}
