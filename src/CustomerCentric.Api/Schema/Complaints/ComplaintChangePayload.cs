using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

[GraphQLDescription("The complaint after the change, or why it was not changed.")]
public sealed record ComplaintChangePayload(ComplaintNode? Complaint, IReadOnlyList<IComplaintChangeError>? Errors);
