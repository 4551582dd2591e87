using System.Text.Json;
using CustomerCentric.Contracts.Routing;
using CustomerCentric.Redis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Worker.Routing;

/// <summary>
/// Keeps <see cref="RuleSetCache"/> current: refreshes it as soon as Redis announces a <see cref="RuleSetPublished"/>, and
/// at least every <see cref="WorkerOptions.RuleSetPollInterval"/>, so a missed announcement delays a switch by that much at most.
/// </summary>
public sealed class RuleSetWatcher(RuleSetCache cache, IPubSub pubSub, WorkerOptions options, ILogger<RuleSetWatcher> logger)
    : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _announced = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IAsyncDisposable? subscription = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                subscription ??= await TrySubscribeAsync();
                try
                {
                    await cache.RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Could not check the current rule set version; routing stays on version {Version}", cache.CurrentVersion);
                }

                // Either an announcement or the poll interval, whichever comes first.
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                poll.CancelAfter(options.RuleSetPollInterval);
                try
                {
                    await _announced.WaitAsync(poll.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (subscription is not null)
            {
                await subscription.DisposeAsync();
            }
        }
    }

    private async Task<IAsyncDisposable?> TrySubscribeAsync()
    {
        try
        {
            return await pubSub.SubscribeAsync(RuleSetPublished.RedisChannel, OnAnnouncement);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Cannot subscribe to rule set announcements; polling every {Interval}", options.RuleSetPollInterval);
            return null;
        }
    }

    private void OnAnnouncement(string message)
    {
        try
        {
            var announced = JsonSerializer.Deserialize<RuleSetPublished>(message, Json);
            if (announced is not null && announced.Version == cache.CurrentVersion)
            {
                return;
            }
        }
        catch (JsonException e)
        {
            // An unreadable announcement still says something changed: check the database rather than trust or drop it.
            logger.LogWarning(e, "Unreadable rule set announcement {Message}", message);
        }

        // One pending wake-up covers any number of announcements.
        if (_announced.CurrentCount == 0)
        {
            _announced.Release();
        }
    }
}
