using System.Net.Http.Headers;
using System.Text;
using CustomerCentric.GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerCentric.GraphQL.AspNetCore.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, set up the way an application would: header authentication,
/// a "Staff" policy, <c>AddGraphQLServer(schema)</c> and <c>MapGraphQL()</c>.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri Endpoint => new(Address, "/graphql");

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<GraphQLTestHost> StartAsync(
        Action<IGraphQLServerBuilder>? configure = null, string environment = "Production", GraphQLSchema? schema = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(options => options.AddPolicy("Staff", policy => policy.RequireRole("Staff")));
        var graphQL = builder.Services.AddGraphQLServer(schema ?? SampleSchema.Create());
        configure?.Invoke(graphQL);

        var app = builder.Build();
        app.UseAuthentication();
        app.MapGraphQL();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GraphQLTestHost(app, new Uri(address));
    }

    /// <summary>POSTs a JSON body with the given Accept header (none when null).</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? accept = "application/graphql-response+json", string contentType = "application/json", Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        configure?.Invoke(request);
        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
