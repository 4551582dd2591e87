namespace CustomerCentric.Hosting.Supervision;

/// <summary>How a supervised program that ran to completion ended.</summary>
/// <param name="ExitCode">Its exit status (128 + n when signal n ended it).</param>
/// <param name="Output">Its stdout and stderr, interleaved as written.</param>
public sealed record ProcessOutcome(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
