using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Interactions;

[GraphQLName("Interaction")]
[GraphQLDescription("One experience a customer had at a touchpoint.")]
public sealed class InteractionNode(Interaction interaction) : INode, ITimelineItem
{
    public const string TypeName = "Interaction";

    [GraphQLType("ID!")]
    public string Id => NodeId.Encode(TypeName, interaction.Id);
    public DateTimeOffset OccurredAt => interaction.OccurredAt;
    public string Summary => interaction.Summary;
    public Sentiment Sentiment => interaction.Sentiment;

    public async Task<CustomerNode?> GetCustomerAsync(IResolveFieldContext context) =>
        await context.DataLoader<CustomerByIdLoader>().LoadAsync(interaction.CustomerId, context.CancellationToken) is { } c ? new CustomerNode(c) : null;

    public async Task<TouchpointNode?> GetTouchpointAsync(IResolveFieldContext context) =>
        await context.DataLoader<TouchpointByIdLoader>().LoadAsync(interaction.TouchpointId, context.CancellationToken) is { } t ? new TouchpointNode(t) : null;

    Guid ITimelineItem.Key => interaction.Id;
}
