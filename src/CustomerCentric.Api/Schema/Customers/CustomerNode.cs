using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Interactions;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Customers;

/// <summary>The GraphQL view of a <see cref="Customer"/>: the API's contract, kept apart from the entity so domain changes do not leak to clients.</summary>
[GraphQLName("Customer")]
[GraphQLDescription("A person the company serves.")]
public sealed class CustomerNode(Customer customer) : INode
{
    public const string TypeName = "Customer";

    private static readonly KeysetOrder<Interaction> InteractionsNewestFirst = new(
        "interactions:OCCURRED_AT_DESC", SortKey<Interaction>.Descending(i => i.OccurredAt), SortKey<Interaction>.Descending(i => i.Id));

    private static readonly KeysetOrder<ITimelineItem> TimelineNewestFirst = new(
        "timeline:OCCURRED_AT_DESC", SortKey<ITimelineItem>.Descending(i => i.OccurredAt), SortKey<ITimelineItem>.Descending(i => i.Key));

    internal Customer Entity => customer;

    [GraphQLType("ID!")]
    public string Id => NodeId.Encode(TypeName, customer.Id);
    public string Name => customer.Name;
    public string Email => customer.Email;
    public string? Phone => customer.Phone;

    [GraphQLDescription("A BCP-47 tag such as \"de\" or \"en-GB\".")]
    public string PreferredLanguage => customer.PreferredLanguage;

    public Channel PreferredChannel => customer.PreferredChannel;
    public CustomerSegment Segment => customer.Segment;
    public DateTimeOffset CreatedAt => customer.CreatedAt;
    public DateTimeOffset UpdatedAt => customer.UpdatedAt;

    [GraphQLDescription("The customer's complaints, newest first.")]
    public Task<Connection<ComplaintNode>> GetComplaintsAsync(IResolveFieldContext context, int? first = null, string? after = null, int? last = null, string? before = null) =>
        PageAsync<ComplaintsOfCustomer, Complaint, ComplaintNode>(context, ComplaintOrders.SubmittedAtDesc, new PagingArguments(first, after, last, before), c => new ComplaintNode(c));

    [GraphQLDescription("Complaints not yet resolved (received, routed or acknowledged), newest first.")]
    public Task<Connection<ComplaintNode>> GetOpenComplaintsAsync(IResolveFieldContext context, int? first = null, string? after = null, int? last = null, string? before = null) =>
        PageAsync<OpenComplaintsOfCustomer, Complaint, ComplaintNode>(context, ComplaintOrders.SubmittedAtDesc, new PagingArguments(first, after, last, before), c => new ComplaintNode(c));

    [GraphQLDescription("Interactions and complaints in time order, newest first.")]
    public async Task<Connection<ITimelineItem>> GetTimelineAsync(IResolveFieldContext context, int? first = null, string? after = null, int? last = null, string? before = null)
    {
        // The page of each kind, merged: the items nearest the cursor are among the nearest of their own kind.
        var request = PageRequest<ITimelineItem>.From(new PagingArguments(first, after, last, before), TimelineNewestFirst);
        var interactions = LoadPageAsync<InteractionsOfCustomer, Interaction>(context, request.For(InteractionsNewestFirst));
        var complaints = LoadPageAsync<ComplaintsOfCustomer, Complaint>(context, request.For(ComplaintOrders.SubmittedAtDesc));
        var page = request.Apply([.. (await interactions).Select(i => new InteractionNode(i)), .. (await complaints).Select(c => new ComplaintNode(c))]);
        return request.ToConnection(page, item => item, async ct =>
            await CountAsync<InteractionsOfCustomer, Interaction>(context, ct) + await CountAsync<ComplaintsOfCustomer, Complaint>(context, ct));
    }

    [GraphQLDescription("A score from recent sentiment, open complaints and time since the last contact, its trend, and the reasons.")]
    public async Task<RelationshipHealth> GetRelationshipHealthAsync(IResolveFieldContext context, [Service] TimeProvider time)
    {
        var interactions = context.DataLoader<InteractionsByCustomerLoader>().LoadAsync(customer.Id, context.CancellationToken);
        var complaints = context.DataLoader<ComplaintsByCustomerLoader>().LoadAsync(customer.Id, context.CancellationToken);
        return RelationshipHealth.From(RelationshipHealthCalculator.Calculate(await interactions, await complaints, time.GetUtcNow()));
    }

    [GraphQLDescription("The customer's interactions at touchpoints, newest first.")]
    public Task<Connection<InteractionNode>> GetInteractionsAsync(IResolveFieldContext context, int? first = null, string? after = null, int? last = null, string? before = null) =>
        PageAsync<InteractionsOfCustomer, Interaction, InteractionNode>(context, InteractionsNewestFirst, new PagingArguments(first, after, last, before), i => new InteractionNode(i));

    private async Task<Connection<TNode>> PageAsync<TRows, TEntity, TNode>(
        IResolveFieldContext context, KeysetOrder<TEntity> order, PagingArguments paging, Func<TEntity, TNode> toNode)
        where TRows : CustomerRows<TEntity>, new()
    {
        var request = PageRequest<TEntity>.From(paging, order);
        return request.ToConnection(await LoadPageAsync<TRows, TEntity>(context, request), toNode, ct => CountAsync<TRows, TEntity>(context, ct));
    }

    private Task<IReadOnlyList<TEntity>> LoadPageAsync<TRows, TEntity>(IResolveFieldContext context, PageRequest<TEntity> request)
        where TRows : CustomerRows<TEntity>, new() =>
        context.DataLoader<PagesByCustomerLoader<TRows, TEntity>>().LoadAsync(new CustomerPage<TEntity>(customer.Id, request), context.CancellationToken);

    private Task<int> CountAsync<TRows, TEntity>(IResolveFieldContext context, CancellationToken cancellationToken)
        where TRows : CustomerRows<TEntity>, new() =>
        context.DataLoader<CountsByCustomerLoader<TRows, TEntity>>().LoadAsync(customer.Id, cancellationToken);
}
