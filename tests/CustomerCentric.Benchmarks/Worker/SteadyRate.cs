using System.Diagnostics;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>
/// Starts an action at a fixed rate for a while without waiting for earlier ones (open loop: a slow call does not delay
/// the next), then waits for all of them.
/// </summary>
public static class SteadyRate
{
    public static async Task RunAsync(int perSecond, TimeSpan duration, Func<int, Task> action, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var total = (int)(duration.TotalSeconds * perSecond);
        var started = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            // Timers fire up to a millisecond late, so sends may bunch by that much; spinning for precision instead would
            // take a core from the run being measured.
            var wait = interval * i - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            started.Add(action(i));
        }

        await Task.WhenAll(started);
    }
}
