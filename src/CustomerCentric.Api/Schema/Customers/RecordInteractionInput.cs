using CustomerCentric.Domain.Interactions;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

public sealed record RecordInteractionInput(
    [property: GraphQLType("ID!")] string CustomerId,
    [property: GraphQLType("ID!")] string TouchpointId,
    string Summary,
    Sentiment Sentiment,
    [property: GraphQLDescription("When it happened; now when omitted.")] DateTimeOffset? OccurredAt = null);
