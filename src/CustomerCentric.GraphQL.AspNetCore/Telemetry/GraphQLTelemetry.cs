using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CustomerCentric.GraphQL.AspNetCore.Telemetry;

/// <summary>
/// The server's traces and metrics under one name, <see cref="Name"/>: an activity per GraphQL operation (tags follow
/// OpenTelemetry's GraphQL conventions: graphql.operation.name/type) and three instruments. Nothing is recorded unless a listener
/// (the OpenTelemetry SDK via <c>AddGraphQLInstrumentation()</c>, or a test) subscribes.
/// </summary>
public static class GraphQLTelemetry
{
    public const string Name = "CustomerCentric.GraphQL";

    public static readonly ActivitySource ActivitySource = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Operations received, by graphql.operation.type and transport.</summary>
    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("graphql.server.requests", "{request}", "GraphQL operations received.");

    /// <summary>Errors in responses, by error code.</summary>
    public static readonly Counter<long> Errors = Meter.CreateCounter<long>("graphql.server.errors", "{error}", "GraphQL errors returned.");

    /// <summary>Time from reading an operation to having its result, in seconds.</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "graphql.server.request.duration", "s", "Duration of GraphQL operations.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
}
