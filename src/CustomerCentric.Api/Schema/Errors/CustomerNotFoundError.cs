using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Errors;

[GraphQLDescription("No customer has this ID.")]
public sealed record CustomerNotFoundError(string Message, [property: GraphQLType("ID!")] string CustomerId) : IError, ISubmitComplaintError, IUpdateCustomerError, IRecordInteractionError;
