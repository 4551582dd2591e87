using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.GraphQL.AspNetCore;

/// <summary>What <c>AddGraphQLServer</c> returns: the service collection, for the <c>Add...</c>/<c>Modify...</c> extensions to chain on.</summary>
public interface IGraphQLServerBuilder
{
    IServiceCollection Services { get; }
}
