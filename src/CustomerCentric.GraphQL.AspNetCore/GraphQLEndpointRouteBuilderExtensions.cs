using CustomerCentric.GraphQL.AspNetCore.Http;
using CustomerCentric.GraphQL.AspNetCore.Ide;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary><c>app.MapGraphQL()</c>: the GraphQL endpoint (HTTP, WebSocket, SDL, GraphiQL) at <c>/graphql</c> or the given path.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var http = endpoints.ServiceProvider.GetService<GraphQLHttpEndpoint>()
            ?? throw new InvalidOperationException("MapGraphQL needs the server's services: call builder.Services.AddGraphQLServer(...) first.");
        var graphiQL = endpoints.ServiceProvider.GetRequiredService<GraphiQLPage>();

        // The endpoint has its own small pipeline so that WebSocket upgrades work without the application calling UseWebSockets().
        var graphQL = endpoints.Map(path, endpoints.CreateApplicationBuilder().UseWebSockets().Use(_ => http.HandleAsync).Build())
            .WithDisplayName("GraphQL " + path);
        var assets = endpoints.MapGet(path.TrimEnd('/') + "/" + GraphiQLPage.AssetFolder + "/{file}", (HttpContext context, string file) => graphiQL.WriteAssetAsync(context, file))
            .WithDisplayName("GraphiQL assets");
        return new CombinedConventionBuilder([graphQL, assets]);
    }

    private sealed class CombinedConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
