using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Interactions;
using CustomerCentric.Api.Schema.Owners;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema;

/// <summary>The query root; its fields for each part of the domain are in the partial files beside the types they return.</summary>
public sealed partial class Query
{
    /// <summary>The most IDs <c>nodes(ids:)</c> takes at once.</summary>
    public const int MaxNodes = 100;

    [GraphQLDescription("Any object by its global ID; null when there is none.")]
    public Task<INode?> NodeAsync([GraphQLType("ID!")] string id, IResolveFieldContext context) => LoadNodeAsync(id, context);

    [GraphQLDescription("Objects by their global IDs, in the same order; null where there is none.")]
    public async Task<IReadOnlyList<INode?>> NodesAsync([GraphQLType("[ID!]!")] IReadOnlyList<string> ids, IResolveFieldContext context)
    {
        if (ids.Count > MaxNodes)
        {
            throw new GraphQL.Error.GraphQLError($"'ids' takes at most {MaxNodes} IDs (was {ids.Count}).", extensions: new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }

        return await Task.WhenAll(ids.Select(id => LoadNodeAsync(id, context)));
    }

    private static async Task<INode?> LoadNodeAsync(string id, IResolveFieldContext context)
    {
        if (NodeId.TryDecode(id) is not var (typeName, key))
        {
            return null;
        }

        var ct = context.CancellationToken;
        return typeName switch
        {
            CustomerNode.TypeName => await context.DataLoader<CustomerByIdLoader>().LoadAsync(key, ct) is { } c ? new CustomerNode(c) : null,
            ComplaintNode.TypeName => await context.DataLoader<ComplaintByIdLoader>().LoadAsync(key, ct) is { } c ? new ComplaintNode(c) : null,
            TouchpointNode.TypeName => await context.DataLoader<TouchpointByIdLoader>().LoadAsync(key, ct) is { } t ? new TouchpointNode(t) : null,
            OwnerNode.TypeName => await context.DataLoader<OwnerByIdLoader>().LoadAsync(key, ct) is { } o ? new OwnerNode(o) : null,
            InteractionNode.TypeName => await context.DataLoader<InteractionByIdLoader>().LoadAsync(key, ct) is { } i ? new InteractionNode(i) : null,
            _ => null,
        };
    }
}
