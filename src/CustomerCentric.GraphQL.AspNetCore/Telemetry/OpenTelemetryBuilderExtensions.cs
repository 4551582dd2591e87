using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CustomerCentric.GraphQL.AspNetCore.Telemetry;

/// <summary>Subscribes the OpenTelemetry SDK to the server's activity source and meter, by name.</summary>
public static class OpenTelemetryBuilderExtensions
{
    public static TracerProviderBuilder AddGraphQLInstrumentation(this TracerProviderBuilder builder) => builder.AddSource(GraphQLTelemetry.Name);

    public static MeterProviderBuilder AddGraphQLInstrumentation(this MeterProviderBuilder builder) => builder.AddMeter(GraphQLTelemetry.Name);
}
