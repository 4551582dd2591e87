namespace CustomerCentric.AppHost.Hosting.Orchestration;

/// <summary>
/// How long a crashed service waits before its next start: 1, 2, 4, ... up to 30 s, back to 1 s once a run lasted a minute
/// (a service that keeps crashing at start must not spin the machine).
/// </summary>
internal sealed class RestartBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableRun = TimeSpan.FromMinutes(1);
    private TimeSpan next = First;

    /// <summary>The delay before the restart that follows a run of <paramref name="runDuration"/>.</summary>
    public TimeSpan After(TimeSpan runDuration)
    {
        if (runDuration >= StableRun)
        {
            next = First;
        }

        var delay = next;
        next = next * 2 > Longest ? Longest : next * 2;
        return delay;
    }
}
