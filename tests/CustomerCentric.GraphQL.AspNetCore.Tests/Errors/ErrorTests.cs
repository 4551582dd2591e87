using System.Diagnostics;
using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Errors;

public sealed class ErrorTests
{
    [Fact]
    public async Task In_production_an_unexpected_exception_is_hidden_behind_a_trace_id()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var response = await host.PostAsync("""{"query":"{ boom }"}""");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = await ResponseBody.ReadAsync(response);

        Assert.Equal(200, body.Status);
        Assert.Equal("Unexpected Execution Error", body.FirstError.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", body.FirstErrorCode);
        Assert.False(string.IsNullOrEmpty(body.FirstError.GetProperty("extensions").GetProperty("traceId").GetString()));
        Assert.Equal("boom", body.FirstError.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
    }

    [Fact]
    public async Task The_trace_id_is_the_current_activity_trace_when_one_is_recorded()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = await GraphQLTestHost.StartAsync();
        var parent = ActivityTraceId.CreateRandom();

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ boom }"}""", configure: r =>
            r.Headers.Add("traceparent", $"00-{parent.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01")));

        Assert.Equal(parent.ToHexString(), body.FirstError.GetProperty("extensions").GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task In_development_the_exception_is_shown()
    {
        await using var host = await GraphQLTestHost.StartAsync(environment: "Development");

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ boom }"}"""));

        var exception = body.FirstError.GetProperty("extensions").GetProperty("exception");
        Assert.Equal("Unexpected Execution Error", body.FirstError.GetProperty("message").GetString());
        Assert.Equal("database password is hunter2", exception.GetProperty("message").GetString());
        Assert.Equal(typeof(InvalidOperationException).FullName, exception.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_graphql_error_raised_on_purpose_keeps_its_message_and_code()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ refused }"}"""));

        Assert.Equal("Not today.", body.FirstError.GetProperty("message").GetString());
        Assert.Equal("REFUSED", body.FirstErrorCode);
    }

    [Fact]
    public async Task Every_error_has_a_code_and_validation_errors_keep_their_locations()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var body = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ nope hello(x: 1) }"}"""));

        var errors = body.Json.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.Equal("GRAPHQL_VALIDATION_FAILED", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(3, errors[0].GetProperty("locations")[0].GetProperty("column").GetInt32());
        Assert.Equal(JsonValueKind.Array, errors[1].GetProperty("locations").ValueKind);
    }
}
