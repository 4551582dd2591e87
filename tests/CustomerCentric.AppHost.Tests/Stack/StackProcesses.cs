using CustomerCentric.Hosting.Tests;

namespace CustomerCentric.AppHost.Tests.Stack;

/// <summary>Every process a stack runs, read from /proc: each supervisor's session with its program's descendants.</summary>
public static class StackProcesses
{
    /// <param name="supervised">(program pid, supervisor pid) of each resource that runs a process.</param>
    public static List<ProcessEntry> Of(IEnumerable<(int Program, int Supervisor)> supervised) =>
        [.. supervised.SelectMany(pair => ProcessTable.Supervised(pair.Supervisor, pair.Program)).DistinctBy(entry => entry.Pid)];

    /// <summary>Waits up to <paramref name="allowed"/> until none of <paramref name="processes"/> runs; returns those still running.</summary>
    public static async Task<List<ProcessEntry>> WaitUntilGoneAsync(List<ProcessEntry> processes, TimeSpan allowed, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + allowed;
        var survivors = processes;
        while (survivors.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
            survivors = [.. survivors.Where(entry => entry.IsRunning)];
        }

        return survivors;
    }
}
