using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Touchpoints;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema;

public sealed partial class Query
{
    private static readonly KeysetOrder<Touchpoint> TouchpointsByName = new(
        "touchpoints:NAME", SortKey<Touchpoint>.Ascending(t => t.Name), SortKey<Touchpoint>.Ascending(t => t.Id));

    private static readonly KeysetOrder<TouchpointOwner> OwnersByName = new(
        "owners:NAME", SortKey<TouchpointOwner>.Ascending(o => o.Name), SortKey<TouchpointOwner>.Ascending(o => o.Id));

    [GraphQLDescription("A touchpoint by ID; null when there is none.")]
    public async Task<TouchpointNode?> GetTouchpointAsync([GraphQLType("ID!")] string id, IResolveFieldContext context) =>
        await context.DataLoader<TouchpointByIdLoader>().LoadAsync(NodeId.Decode(id, TouchpointNode.TypeName), context.CancellationToken) is { } t ? new TouchpointNode(t) : null;

    [GraphQLDescription("Touchpoints by name, filtered by channel, journey phase and whether active.")]
    public Task<Connection<TouchpointNode>> GetTouchpointsAsync(
        [Service] ReadDatabase database,
        CancellationToken cancellationToken,
        TouchpointFilter? where = null,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null) =>
        Paging.ToConnectionAsync(database, db => Filter(db.Touchpoints, where), TouchpointsByName, new PagingArguments(first, after, last, before), t => new TouchpointNode(t), cancellationToken);

    [GraphQLDescription("A touchpoint owner by ID; null when there is none.")]
    public async Task<OwnerNode?> GetOwnerAsync([GraphQLType("ID!")] string id, IResolveFieldContext context) =>
        await context.DataLoader<OwnerByIdLoader>().LoadAsync(NodeId.Decode(id, OwnerNode.TypeName), context.CancellationToken) is { } o ? new OwnerNode(o) : null;

    [GraphQLDescription("Touchpoint owners by name.")]
    public Task<Connection<OwnerNode>> GetOwnersAsync(
        [Service] ReadDatabase database,
        CancellationToken cancellationToken,
        [GraphQLDescription("Only active (true) or inactive (false) owners.")] bool? active = null,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null) =>
        Paging.ToConnectionAsync(
            database,
            db => active is { } a ? db.TouchpointOwners.Where(o => o.IsActive == a) : db.TouchpointOwners,
            OwnersByName,
            new PagingArguments(first, after, last, before),
            o => new OwnerNode(o),
            cancellationToken);

    private static IQueryable<Touchpoint> Filter(IQueryable<Touchpoint> touchpoints, TouchpointFilter? where)
    {
        if (where?.Channel is { } channel)
        {
            touchpoints = touchpoints.Where(t => t.Channel == channel);
        }

        if (where?.JourneyPhase is { } phase)
        {
            touchpoints = touchpoints.Where(t => t.JourneyPhase == phase);
        }

        if (where?.Active is { } active)
        {
            touchpoints = touchpoints.Where(t => t.IsActive == active);
        }

        return touchpoints;
    }
}
