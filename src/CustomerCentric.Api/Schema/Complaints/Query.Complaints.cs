using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema;

public sealed partial class Query
{
    [GraphQLDescription("A complaint by ID; null when there is none.")]
    public async Task<ComplaintNode?> GetComplaintAsync([GraphQLType("ID!")] string id, IResolveFieldContext context) =>
        await context.DataLoader<ComplaintByIdLoader>().LoadAsync(NodeId.Decode(id, ComplaintNode.TypeName), context.CancellationToken) is { } c ? new ComplaintNode(c) : null;

    [GraphQLDescription("Complaints, filtered and sorted by submitted time or severity, a page at a time.")]
    public Task<Connection<ComplaintNode>> GetComplaintsAsync(
        [Service] ReadDatabase database,
        CancellationToken cancellationToken,
        ComplaintFilter? where = null,
        ComplaintOrder orderBy = ComplaintOrder.SubmittedAtDesc,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null)
    {
        var filter = ComplaintCriteria.From(where);
        return Paging.ToConnectionAsync(database, db => filter.Apply(db.Complaints), ComplaintOrders.For(orderBy), new PagingArguments(first, after, last, before), c => new ComplaintNode(c), cancellationToken);
    }

    /// <summary>The filter with its IDs decoded (a wrong ID is a BAD_USER_INPUT error, not an empty list).</summary>
    private sealed record ComplaintCriteria(ComplaintFilter? Where, Guid? TouchpointId, Guid? AssigneeId, Guid? CustomerId)
    {
        public static ComplaintCriteria From(ComplaintFilter? where) => new(
            where,
            where?.TouchpointId is { } t ? NodeId.Decode(t, TouchpointNode.TypeName) : null,
            where?.AssigneeId is { } a ? NodeId.Decode(a, OwnerNode.TypeName) : null,
            where?.CustomerId is { } c ? NodeId.Decode(c, CustomerNode.TypeName) : null);

        public IQueryable<Complaint> Apply(IQueryable<Complaint> complaints)
        {
            if (Where?.Status is { Count: > 0 } statuses)
            {
                complaints = complaints.Where(c => statuses.Contains(c.Status));
            }

            if (Where?.Severity is { Count: > 0 } severities)
            {
                complaints = complaints.Where(c => severities.Contains(c.Severity));
            }

            if (TouchpointId is { } touchpoint)
            {
                complaints = complaints.Where(c => c.TouchpointId == touchpoint);
            }

            if (AssigneeId is { } assignee)
            {
                complaints = complaints.Where(c => c.AssigneeId == assignee);
            }

            if (CustomerId is { } customer)
            {
                complaints = complaints.Where(c => c.CustomerId == customer);
            }

            if (Where?.SubmittedFrom is { } from)
            {
                complaints = complaints.Where(c => c.SubmittedAt >= from);
            }

            if (Where?.SubmittedBefore is { } until)
            {
                complaints = complaints.Where(c => c.SubmittedAt < until);
            }

            return complaints;
        }
    }
}
