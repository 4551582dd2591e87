using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

public sealed record ReopenComplaintInput(
    [property: GraphQLType("ID!")] string ComplaintId,
    [property: GraphQLDescription("Why it is reopened.")] string Reason,
    [property: GraphQLDescription("Who reopens it; the API client's name when omitted.")] string? Actor = null);
