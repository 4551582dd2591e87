using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Http;

public sealed class TwoLineSetupTests
{
    [Fact]
    public async Task AddGraphQLServer_and_MapGraphQL_are_all_an_application_needs()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer(SampleSchema.Create());
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };

        var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var body = await ResponseBody.ReadAsync(response);
        await app.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, body.Status);
        Assert.Equal("Hello, world!", body.Json.GetProperty("data").GetProperty("hello").GetString());
    }
}
