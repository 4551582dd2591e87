using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.GraphQL.AspNetCore;

internal sealed class GraphQLServerBuilder(IServiceCollection services) : IGraphQLServerBuilder
{
    public IServiceCollection Services { get; } = services;
}
