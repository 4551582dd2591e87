using System.Diagnostics;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>Calls an action at a fixed rate for a while; when one call runs late the next ones catch up (open loop).</summary>
public static class SteadyRate
{
    public static async Task RunAsync(int perSecond, TimeSpan duration, Func<int, Task> action, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var total = (int)(duration.TotalSeconds * perSecond);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            while (clock.Elapsed < due)
            {
                Thread.SpinWait(50); // Task.Delay's 1 ms granularity would bunch the sends
            }

            await action(i);
        }
    }
}
