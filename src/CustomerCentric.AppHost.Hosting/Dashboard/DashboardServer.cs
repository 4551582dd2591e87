using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCentric.AppHost.Hosting.Dashboard.Telemetry;
using CustomerCentric.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.AppHost.Hosting.Dashboard;

/// <summary>
/// The dashboard on 127.0.0.1 inside the AppHost process: the resource table (GET /), the same as JSON (GET /api/resources),
/// a restart per service (POST with an antiforgery token, so another site cannot post it), the OTLP/HTTP receiver, and
/// the traces and log entries it received (GET /traces, GET /logs).
/// </summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly WebApplication app;

    private DashboardServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<DashboardServer> StartAsync(DistributedApplication application, int? preferredPort, CancellationToken cancellationToken)
    {
        var port = LoopbackPort.Choose(preferredPort);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddAntiforgery();
        var telemetry = new TelemetryReceiver();
        var traces = new TraceStore();
        var logs = new LogStore();

        var app = builder.Build();
        app.MapGet("/", (HttpContext context, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return Results.Content(DashboardPage.Render(application, telemetry, tokens.FormFieldName, tokens.RequestToken!), "text/html; charset=utf-8");
        });
        app.MapGet("/api/resources", () => Results.Json(application.GetResources(), Json));
        app.MapPost("/resources/{name}/restart", async (string name, HttpContext context, IAntiforgery antiforgery) =>
        {
            // the form's token must match the cookie: a page of another site cannot restart services
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem("The antiforgery token is missing or invalid: restart from the dashboard page.", statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                await application.RestartAsync(name);
                return Results.Redirect("/");
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                return Results.Problem(exception.Message, statusCode: StatusCodes.Status409Conflict);
            }
        });
        app.MapGet("/traces", () => Results.Content(TracesPage.RenderList(traces), "text/html; charset=utf-8"));
        app.MapGet("/traces/{traceId}", (string traceId) =>
            TracesPage.RenderTrace(traces, traceId) is { } page
                ? Results.Content(page, "text/html; charset=utf-8")
                : Results.Content(DashboardHtml.Document("Trace not found", "<p>No such trace is kept: it was never received, or newer traces replaced it.</p>"), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        app.MapGet("/logs", (string? service, string? level, string? trace) =>
            Results.Content(
                LogsPage.Render(logs, string.IsNullOrEmpty(service) ? null : service, Enum.TryParse<LogLevel>(level, out var minimum) ? minimum : LogLevel.Information, string.IsNullOrEmpty(trace) ? null : trace),
                "text/html; charset=utf-8"));
        foreach (var signal in new[] { "traces", "metrics", "logs" })
        {
            app.MapPost($"/v1/{signal}", async (HttpContext context) =>
            {
                telemetry.Count(context.Request.Headers[TelemetryReceiver.ResourceHeader].ToString() is { Length: > 0 } name ? name : "unknown", signal);
                if (signal != "metrics" && context.Request.ContentType?.StartsWith("application/x-protobuf", StringComparison.OrdinalIgnoreCase) == true)
                {
                    try
                    {
                        var body = await OtlpBody.ReadAsync(context.Request, context.RequestAborted);
                        if (signal == "traces")
                        {
                            traces.Add(OtlpTraceDecoder.Decode(body));
                        }
                        else
                        {
                            logs.Add(OtlpLogDecoder.Decode(body));
                        }
                    }
                    catch (InvalidDataException invalid)
                    {
                        return Results.Problem($"The body is not an OTLP export request for {signal}: {invalid.Message}", statusCode: StatusCodes.Status400BadRequest);
                    }
                }

                // an empty Export*ServiceResponse: full success
                return Results.Bytes([], "application/x-protobuf");
            });
        }

        await app.StartAsync(cancellationToken);
        return new DashboardServer(app, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
