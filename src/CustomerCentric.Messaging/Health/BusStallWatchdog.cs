using CustomerCentric.Messaging.Outbox;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.Messaging.Health;

/// <summary>
/// Stops the process with a non-zero exit code when messaging has stalled: the bus unhealthy (a receive endpoint that
/// did not come back after a broker restart), or no outbox publish confirmed, for <see cref="BusStallOptions.StallTimeout"/>.
/// RabbitMQ.Client 7.1/7.2 can leave confirmed publishes hanging for good after a broker restart
/// (rabbitmq/rabbitmq-dotnet-client#1928, #1930) and MassTransit cannot restart a stopped bus in the same process,
/// so a fresh process is the reliable way back. Whatever supervises the worker restarts it: systemd and Kubernetes do,
/// and locally the AppHost restarts crashed services with back-off (in tests, SupervisedWorker does). Nothing is lost: unconfirmed outbox rows stay unsent and
/// unacknowledged deliveries return to their queue, and consumers are idempotent, so the exit is as safe as a SIGKILL.
/// </summary>
public sealed class BusStallWatchdog(
    IBusControl bus,
    OutboxPublishHealth publishing,
    BusStallOptions options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<BusStallWatchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? unhealthySince = null;
        using var timer = new PeriodicTimer(options.CheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = time.GetUtcNow();
                var health = bus.CheckHealth();
                unhealthySince = health.Status == BusHealthStatus.Healthy ? null : unhealthySince ?? now;
                var stall = unhealthySince is { } since && now - since >= options.StallTimeout
                    ? $"the bus has been {health.Status} since {since:O}: {health.Description}"
                    : publishing.FailingSince is { } failing && now - failing >= options.StallTimeout
                        ? $"no outbox publish was confirmed since {failing:O}"
                        : null;
                if (stall is null)
                {
                    continue;
                }

                logger.LogCritical("Messaging stalled ({Stall}); stopping with exit code {ExitCode} so the supervisor starts a fresh process",
                    stall, options.ExitCode);
                Environment.ExitCode = options.ExitCode;
                lifetime.StopApplication();
                return;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
