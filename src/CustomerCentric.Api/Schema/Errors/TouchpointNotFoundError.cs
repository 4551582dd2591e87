using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Errors;

[GraphQLDescription("No touchpoint has this ID.")]
public sealed record TouchpointNotFoundError(string Message, [property: GraphQLType("ID!")] string TouchpointId) : IError, ISubmitComplaintError, IRecordInteractionError;
