using CustomerCentric.Domain.Complaints;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Complaints;

[GraphQLDescription("Which complaints to list; every given field must match.")]
public sealed record ComplaintFilter(
    [property: GraphQLDescription("Any of these statuses.")] IReadOnlyList<ComplaintStatus>? Status = null,
    [property: GraphQLDescription("Any of these severities.")] IReadOnlyList<Severity>? Severity = null,
    [property: GraphQLType("ID")] string? TouchpointId = null,
    [property: GraphQLType("ID"), GraphQLDescription("The touchpoint owner it is assigned to.")] string? AssigneeId = null,
    [property: GraphQLType("ID")] string? CustomerId = null,
    [property: GraphQLDescription("Submitted at or after.")] DateTimeOffset? SubmittedFrom = null,
    [property: GraphQLDescription("Submitted before.")] DateTimeOffset? SubmittedBefore = null);
