using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Complaints;

/// <summary>The GraphQL view of a <see cref="Complaint"/>.</summary>
[GraphQLName("Complaint")]
[GraphQLDescription("A disruption a customer reported, handled before anything else.")]
public sealed class ComplaintNode(Complaint complaint) : INode, ITimelineItem
{
    public const string TypeName = "Complaint";

    internal Complaint Entity => complaint;

    [GraphQLType("ID!")]
    public string Id => NodeId.Encode(TypeName, complaint.Id);
    public ComplaintCategory Category => complaint.Category;
    public Severity Severity => complaint.Severity;
    public string Text => complaint.Text;
    public ComplaintStatus Status => complaint.Status;

    [GraphQLDescription("0: the routed assignee, 1: the deputy, 2: the Chief Touchpoint Officer.")]
    public int EscalationLevel => complaint.EscalationLevel;

    public DateTimeOffset SubmittedAt => complaint.SubmittedAt;
    public DateTimeOffset? RoutedAt => complaint.RoutedAt;
    public DateTimeOffset? AcknowledgedAt => complaint.AcknowledgedAt;
    public DateTimeOffset? ResolvedAt => complaint.ResolvedAt;
    public DateTimeOffset? ClosedAt => complaint.ClosedAt;

    [GraphQLDescription("The assignee's acknowledge deadline (SLA), once routed.")]
    public DateTimeOffset? AcknowledgeBy => complaint.AcknowledgeBy;

    [GraphQLDescription("The resolve deadline (SLA), once routed.")]
    public DateTimeOffset? ResolveBy => complaint.ResolveBy;

    public async Task<CustomerNode?> GetCustomerAsync(IResolveFieldContext context) =>
        await context.DataLoader<CustomerByIdLoader>().LoadAsync(complaint.CustomerId, context.CancellationToken) is { } c ? new CustomerNode(c) : null;

    public async Task<TouchpointNode?> GetTouchpointAsync(IResolveFieldContext context) =>
        await context.DataLoader<TouchpointByIdLoader>().LoadAsync(complaint.TouchpointId, context.CancellationToken) is { } t ? new TouchpointNode(t) : null;

    [GraphQLDescription("The touchpoint owner who answers for it now; null until routed.")]
    public async Task<OwnerNode?> GetAssigneeAsync(IResolveFieldContext context) =>
        complaint.AssigneeId is { } id && await context.DataLoader<OwnerByIdLoader>().LoadAsync(id, context.CancellationToken) is { } o ? new OwnerNode(o) : null;

    [GraphQLDescription("Why it went to its owner: the rule set version, the matched rule and why each earlier rule did not match; null until routed.")]
    public RoutingExplanationView? Explanation => complaint.Routing is { } routing ? new RoutingExplanationView(routing) : null;

    [GraphQLDescription("Every step of its life, oldest first.")]
    public async Task<IReadOnlyList<ComplaintHistoryEntryView>> GetHistoryAsync(IResolveFieldContext context) =>
        [.. (await context.DataLoader<HistoryByComplaintLoader>().LoadAsync(complaint.Id, context.CancellationToken)).Select(h => new ComplaintHistoryEntryView(h))];

    DateTimeOffset ITimelineItem.OccurredAt => complaint.SubmittedAt;

    Guid ITimelineItem.Key => complaint.Id;

    /// <summary>What a customer's open complaints are: not yet resolved.</summary>
    internal static IReadOnlyList<ComplaintStatus> OpenStatuses { get; } = [ComplaintStatus.Received, ComplaintStatus.Routed, ComplaintStatus.Acknowledged];
}
