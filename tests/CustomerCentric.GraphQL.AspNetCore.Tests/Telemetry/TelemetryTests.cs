using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CustomerCentric.GraphQL.AspNetCore.Telemetry;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Telemetry;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Each_operation_has_an_activity_and_is_counted_and_timed()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Type, string? Code)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GraphQLTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tag(tags, "graphql.operation.type"), Tag(tags, "graphql.error.code"))));
        meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, Tag(tags, "graphql.operation.type"), null)));
        meterListener.Start();
        await using var host = await GraphQLTestHost.StartAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];

        await host.PostAsync($$"""{"query":"query Greet{{marker}} { hello }"}""");
        await host.PostAsync($$"""{"query":"query Fail{{marker}} { boom }"}""");

        var greet = Assert.Single(activities, a => a.GetTagItem("graphql.operation.name") as string == "Greet" + marker);
        var fail = Assert.Single(activities, a => a.GetTagItem("graphql.operation.name") as string == "Fail" + marker);
        Assert.Equal("query Greet" + marker, greet.DisplayName);
        Assert.Equal("query", greet.GetTagItem("graphql.operation.type"));
        Assert.Equal(ActivityStatusCode.Unset, greet.Status);
        Assert.Equal(ActivityStatusCode.Error, fail.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", fail.GetTagItem("graphql.error.code"));
        Assert.True(measurements.Count(m => m.Instrument == "graphql.server.requests" && m.Type == "query") >= 2);
        Assert.Contains(measurements, m => m.Instrument == "graphql.server.errors" && m.Code == "INTERNAL_SERVER_ERROR");
        Assert.Contains(measurements, m => m.Instrument == "graphql.server.request.duration" && m.Value > 0);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
