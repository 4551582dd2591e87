using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CustomerCentric.ServiceDefaults;

/// <summary>
/// What every CustomerCentric service has, in Aspire's shape: health checks, OpenTelemetry traces, metrics and logs
/// (sent over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set), and the /health and /alive endpoints.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Health checks tagged with this are the liveness checks that /alive runs.</summary>
    public const string LiveTag = "live";

    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    /// <summary>Activity sources traced by name: the instrumentation packages are not available, the sources are.</summary>
    public static IReadOnlyList<string> TracedSources { get; } = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "CustomerCentric.*"];

    /// <summary>Meters exported by name (ASP.NET Core, Kestrel, HttpClient, the runtime, MassTransit, ours).</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime", "MassTransit", "CustomerCentric.*",
    ];

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureOpenTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>True when OTEL_EXPORTER_OTLP_ENDPOINT names a collector (the OTLP exporter reads it, and the rest of OTEL_*, itself).</summary>
    public static bool ExportsOtlp(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    private static void ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        // Without a collector nothing would read the telemetry: no listener, so activities cost nothing.
        if (!builder.ExportsOtlp())
        {
            return;
        }

        var resource = ResourceBuilder.CreateDefault().AddService(builder.Environment.ApplicationName);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            logging.AddOtlpExporter();
        });

        // The providers are built with the container and started with the host, and flushed when it disposes them.
        builder.Services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource([.. TracedSources])
            .AddOtlpExporter()
            .Build());
        builder.Services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. Meters])
            .AddOtlpExporter()
            .Build());
        builder.Services.AddHostedService<TelemetryStarter>();
        builder.Services.AddSingleton<IStartupFilter, HttpServerSpans>();
    }

    /// <summary>
    /// /health: every check must pass (ready for traffic); /alive: only the liveness checks (the process is not stuck). Both
    /// answer without sign-in, as probes send none, also where every other page requires it (the admin): they tell only
    /// Healthy, Degraded or Unhealthy.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks(HealthPath).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) }).AllowAnonymous();
        return app;
    }
}
