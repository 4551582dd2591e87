using CustomerCentric.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerCentric.Api.Health;

/// <summary>Redis answers a read (idempotency keys and subscriptions need it).</summary>
public sealed class RedisHealthCheck(IExpiringKeys keys) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await keys.GetAsync("cc:health").WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", exception);
        }
    }
}
