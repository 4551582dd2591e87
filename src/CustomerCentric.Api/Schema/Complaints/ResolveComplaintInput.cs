using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

public sealed record ResolveComplaintInput(
    [property: GraphQLType("ID!")] string ComplaintId,
    [property: GraphQLDescription("How it was resolved.")] string Resolution,
    [property: GraphQLDescription("Who resolved it; the API client's name when omitted.")] string? Actor = null);
