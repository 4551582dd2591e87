using CustomerCentric.Domain.Customers;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

[GraphQLDescription("Which customers to list; every given field must match.")]
public sealed record CustomerFilter(
    [property: GraphQLDescription("Part of the name, any case.")] string? Name = null,
    [property: GraphQLDescription("The whole e-mail address, any case.")] string? Email = null,
    CustomerSegment? Segment = null,
    [property: GraphQLDescription("Free text: part of the name, e-mail or phone, any case.")] string? Search = null);
