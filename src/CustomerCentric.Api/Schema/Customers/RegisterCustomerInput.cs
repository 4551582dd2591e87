using CustomerCentric.Domain.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

public sealed record RegisterCustomerInput(
    string Name,
    string Email,
    string? Phone,
    [property: GraphQLDescription("A BCP-47 tag such as \"de\" or \"en-GB\".")] string PreferredLanguage,
    Channel PreferredChannel,
    CustomerSegment Segment);
