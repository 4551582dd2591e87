using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Benchmarks.GraphQLServer.Sample;

public sealed record Touchpoint(
    [property: GraphQLType("ID!")] string Id,
    string Name,
    Channel Channel,
    JourneyPhase Phase,
    bool Active,
    TouchpointOwner Owner);
