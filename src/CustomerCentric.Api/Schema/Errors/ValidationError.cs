using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Errors;

[GraphQLDescription("The input breaks a rule (a required field is empty, a value is too long or malformed).")]
public sealed record ValidationError(string Message, [property: GraphQLDescription("The input field at fault, when one is.")] string? Field)
    : IError, ISubmitComplaintError, IRegisterCustomerError, IUpdateCustomerError, IRecordInteractionError, IComplaintChangeError;
