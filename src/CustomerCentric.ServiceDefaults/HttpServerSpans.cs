using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace CustomerCentric.ServiceDefaults;

/// <summary>
/// Names and tags ASP.NET Core's request activity as OpenTelemetry's HTTP server conventions do ("POST /graphql",
/// http.request.method, url.path, http.route, http.response.status_code, an error status from 500 or an exception), which
/// the ASP.NET Core instrumentation package would do (it cannot be restored here); and leaves the health probes
/// unrecorded, as Aspire's service defaults do, so the AppHost's polls every few seconds do not bury the traces that matter.
/// First in the pipeline (a startup filter), whatever order Program.cs adds its middleware in.
/// </summary>
internal sealed class HttpServerSpans : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Features.Get<IHttpActivityFeature>()?.Activity is not { } activity)
            {
                await nextMiddleware(context);
                return;
            }

            var request = context.Request;
            if (request.Path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath) || request.Path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath))
            {
                // Unrecorded: the exporter skips it, and spans started under it are not sampled either.
                activity.IsAllDataRequested = false;
                activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
                await nextMiddleware(context);
                return;
            }

            activity.SetTag("http.request.method", request.Method);
            activity.SetTag("url.scheme", request.Scheme);
            activity.SetTag("url.path", request.Path.Value);
            try
            {
                await nextMiddleware(context);
            }
            catch (Exception exception)
            {
                activity.SetStatus(ActivityStatusCode.Error, exception.GetType().FullName);
                throw;
            }
            finally
            {
                // The route, not the path, names the span: one name per endpoint, however many ids the paths carry.
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                activity.DisplayName = route is null ? request.Method : $"{request.Method} {(route.StartsWith('/') ? route : "/" + route)}";
                activity.SetTag("http.route", route);
                activity.SetTag("http.response.status_code", context.Response.StatusCode);
                if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
                {
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }
        });
        next(app);
    };
}
