using CustomerCentric.Domain.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

[GraphQLDescription("How the relationship stands: a score from 0 (broken) to 100 (excellent), where it is heading, and why.")]
public sealed record RelationshipHealth(
    int Score,
    [property: GraphQLDescription("The score now against the score 30 days ago.")] HealthTrend Trend,
    [property: GraphQLDescription("What moved the score, most important first.")] IReadOnlyList<string> Reasons)
{
    public static RelationshipHealth From(HealthAssessment health) => new(health.Score, health.Trend, health.Reasons);
}
