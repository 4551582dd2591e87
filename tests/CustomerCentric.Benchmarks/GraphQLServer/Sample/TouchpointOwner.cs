using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Benchmarks.GraphQLServer.Sample;

public sealed record TouchpointOwner(
    [property: GraphQLType("ID!")] string Id,
    string Name,
    string Email,
    string Team);
