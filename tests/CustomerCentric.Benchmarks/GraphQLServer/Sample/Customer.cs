using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Benchmarks.GraphQLServer.Sample;

/// <summary>A customer of the sample: the touchpoints they met, each with its owner.</summary>
public sealed record Customer(
    [property: GraphQLType("ID!")] string Id,
    string Name,
    string? Email,
    Segment Segment,
    double RelationshipHealth,
    DateTimeOffset CustomerSince,
    IReadOnlyList<Touchpoint> Touchpoints);
