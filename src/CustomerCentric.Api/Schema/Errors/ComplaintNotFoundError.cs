using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Errors;

[GraphQLDescription("No complaint has this ID.")]
public sealed record ComplaintNotFoundError(string Message, [property: GraphQLType("ID!")] string ComplaintId) : IError, IComplaintChangeError;
