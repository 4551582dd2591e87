using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CustomerCentric.ServiceDefaults;

/// <summary>
/// Resolves the tracer and meter providers when the host starts: they listen only once built, and nothing else asks
/// for them (OpenTelemetry.Extensions.Hosting, which would do this, cannot be restored here).
/// </summary>
internal sealed class TelemetryStarter(TracerProvider tracing, MeterProvider metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(tracing);
        GC.KeepAlive(metrics);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        tracing.ForceFlush(5000);
        metrics.ForceFlush(5000);
        return Task.CompletedTask;
    }
}
