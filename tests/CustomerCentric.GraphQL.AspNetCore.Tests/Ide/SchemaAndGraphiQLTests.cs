using System.Net;

namespace CustomerCentric.GraphQL.AspNetCore.Tests.Ide;

public sealed class SchemaAndGraphiQLTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task The_schema_is_served_as_sdl_and_as_a_download()
    {
        await using var host = await GraphQLTestHost.StartAsync(environment: "Development");

        var inline = await host.GetAsync("?sdl", accept: null);
        var download = await host.GetAsync("?sdl&download", accept: null);
        var sdl = await inline.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal("application/graphql", inline.Content.Headers.ContentType!.MediaType);
        Assert.Contains("type Query {", sdl);
        Assert.Contains("type Customer {", sdl);
        Assert.Contains("type Subscription {", sdl);
        Assert.Null(inline.Content.Headers.ContentDisposition);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("schema.graphql", download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(sdl, await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_browser_gets_graphiql_with_every_asset_served_by_the_service()
    {
        await using var host = await GraphQLTestHost.StartAsync(environment: "Development");

        var page = await host.GetAsync("", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("https://", html);
        foreach (var (asset, mediaType) in new[]
        {
            ("graphiql.min.js", "text/javascript"), ("graphiql.min.css", "text/css"),
            ("react.production.min.js", "text/javascript"), ("react-dom.production.min.js", "text/javascript"),
        })
        {
            Assert.Contains($"/graphql/graphiql/{asset}", html);
            var response = await host.Client.GetAsync($"/graphql/graphiql/{asset}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
            Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 10_000, asset);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/graphql/graphiql/index.html", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/graphql/graphiql/secrets.json", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Outside_development_neither_graphiql_nor_the_sdl_is_served_by_default()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var page = await host.GetAsync("", BrowserAccept);
        var sdl = await host.GetAsync("?sdl");

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, sdl.StatusCode);
    }

    [Fact]
    public async Task Graphiql_and_the_sdl_can_be_switched_on_in_production()
    {
        await using var host = await GraphQLTestHost.StartAsync(graphQL => graphQL.ModifyOptions(o =>
        {
            o.EnableGraphiQL = true;
            o.EnableSchemaRequests = true;
        }));

        Assert.Equal("text/html", (await host.GetAsync("", BrowserAccept)).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("?sdl")).StatusCode);
    }
}
