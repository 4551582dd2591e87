using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Domain.Owners;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Owners;

[GraphQLName("TouchpointOwner")]
[GraphQLDescription("A person who answers for how customers experience touchpoints.")]
public sealed class OwnerNode(TouchpointOwner owner) : INode
{
    public const string TypeName = "TouchpointOwner";

    [GraphQLType("ID!")]
    public string Id => NodeId.Encode(TypeName, owner.Id);
    public string Name => owner.Name;
    public string Email => owner.Email;
    public string Team => owner.Team;
    public bool Active => owner.IsActive;

    [GraphQLDescription("The last escalation level.")]
    public bool IsChiefTouchpointOfficer => owner.IsChiefTouchpointOfficer;

    [GraphQLDescription("Who takes over when this owner misses an SLA deadline.")]
    public async Task<OwnerNode?> GetDeputyAsync(IResolveFieldContext context) =>
        owner.DeputyId is { } id && await context.DataLoader<OwnerByIdLoader>().LoadAsync(id, context.CancellationToken) is { } o ? new OwnerNode(o) : null;
}
