using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

public sealed record AcknowledgeComplaintInput(
    [property: GraphQLType("ID!")] string ComplaintId,
    [property: GraphQLDescription("Who acknowledges (e.g. the owner's e-mail); the API client's name when omitted.")] string? Actor = null);
