using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Errors;

[GraphQLDescription("The complaint's status machine does not allow this step from its current status.")]
public sealed record InvalidStatusTransitionError(string Message, ComplaintStatus From, ComplaintStatus To) : IError, IComplaintChangeError;
