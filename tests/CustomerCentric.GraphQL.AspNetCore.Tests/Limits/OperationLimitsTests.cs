using CustomerCentric.GraphQL.Limits;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Limits;

/// <summary>The server checks <see cref="GraphQLServerOptions.OperationLimits"/> before execution, with variables' values.</summary>
public sealed class OperationLimitsTests
{
    [Fact]
    public async Task An_operation_over_the_limits_is_refused_before_it_runs_and_one_within_them_runs()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.ModifyOptions(o => o.OperationLimits = new OperationLimits { MaxDepth = 1, MaxAliases = 1 }));

        var refused = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ customers { name } }"}"""));
        Assert.Equal(400, refused.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", refused.FirstErrorCode);

        var aliases = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"{ a: hello b: hello }"}"""));
        Assert.Equal("MAX_ALIASES_EXCEEDED", aliases.FirstErrorCode);

        var allowed = await ResponseBody.ReadAsync(await host.PostAsync("""{"query":"query ($n: String) { hello(name: $n) }","variables":{"n":"limits"}}"""));
        Assert.Equal(200, allowed.Status);
    }
}
