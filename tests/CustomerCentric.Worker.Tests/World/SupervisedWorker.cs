using CustomerCentric.Testing;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>
/// A worker process restarted whenever it exits, after a short back-off, as the AppHost (or systemd, or Kubernetes)
/// restarts it: the worker leaves with a non-zero code when messaging stalls and counts on exactly that.
/// </summary>
public sealed class SupervisedWorker : IAsyncDisposable
{
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<string> _exits = [];
    private readonly Task _supervising;

    private SupervisedWorker(Func<int, WorkerProcess> start) => _supervising = SuperviseAsync(start);

    /// <summary>How each earlier process ended, with the end of its output.</summary>
    public IReadOnlyList<string> Exits
    {
        get
        {
            lock (_exits)
            {
                return [.. _exits];
            }
        }
    }

    public static SupervisedWorker Start(WorkerDatabase database, string rabbitMq, RedisFixture redis, string name) =>
        new(generation => WorkerProcess.Start(database, rabbitMq, redis, $"{name}-{generation}"));

    private async Task SuperviseAsync(Func<int, WorkerProcess> start)
    {
        for (var generation = 1; !_stopping.IsCancellationRequested; generation++)
        {
            await using var process = start(generation);
            try
            {
                await process.WaitForExitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return; // disposing kills it
            }

            lock (_exits)
            {
                _exits.Add($"process {generation} exited with code {process.ExitCode}:{Environment.NewLine}{process.Tail(15)}");
            }

            await Task.Delay(BackOff, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _supervising;
        _stopping.Dispose();
    }
}
