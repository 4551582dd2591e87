using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Touchpoints;

[GraphQLName("Touchpoint")]
[GraphQLDescription("A place where customers meet the company: the web shop, the hotline, the invoice...")]
public sealed class TouchpointNode(Touchpoint touchpoint) : INode
{
    public const string TypeName = "Touchpoint";

    [GraphQLType("ID!")]
    public string Id => NodeId.Encode(TypeName, touchpoint.Id);
    public string Name => touchpoint.Name;
    public string? Description => touchpoint.Description;
    public Channel Channel => touchpoint.Channel;
    public JourneyPhase JourneyPhase => touchpoint.JourneyPhase;
    public bool Active => touchpoint.IsActive;

    [GraphQLDescription("Who gets a complaint no routing rule matches.")]
    public async Task<OwnerNode?> GetDefaultOwnerAsync(IResolveFieldContext context) =>
        touchpoint.DefaultOwnerId is { } id && await context.DataLoader<OwnerByIdLoader>().LoadAsync(id, context.CancellationToken) is { } o ? new OwnerNode(o) : null;
}
