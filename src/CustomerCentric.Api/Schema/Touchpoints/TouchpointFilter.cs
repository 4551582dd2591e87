using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Touchpoints;

[GraphQLDescription("Which touchpoints to list; every given field must match.")]
public sealed record TouchpointFilter(Channel? Channel = null, JourneyPhase? JourneyPhase = null, bool? Active = null);
