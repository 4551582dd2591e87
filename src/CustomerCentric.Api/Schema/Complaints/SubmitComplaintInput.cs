using CustomerCentric.Domain.Complaints;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

public sealed record SubmitComplaintInput(
    [property: GraphQLType("ID!")] string CustomerId,
    [property: GraphQLType("ID!")] string TouchpointId,
    ComplaintCategory Category,
    Severity Severity,
    string Text,
    [property: GraphQLDescription("Chosen by the client, unique per complaint: a repeated submission with the same key returns the first complaint.")] string IdempotencyKey);
