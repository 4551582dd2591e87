using CustomerCentric.Domain.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

[GraphQLDescription("The customer's new details (all of them: fields left out are not kept).")]
public sealed record UpdateCustomerInput(
    [property: GraphQLType("ID!")] string CustomerId,
    string Name,
    string Email,
    string? Phone,
    string PreferredLanguage,
    Channel PreferredChannel,
    CustomerSegment Segment);
