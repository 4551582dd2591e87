using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// A page of a list (Relay cursor connection): edges with cursors, the nodes alone, page info and the total count, which is
/// counted only when selected.
/// </summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    [GraphQLDescription("The nodes of the edges, for clients that need no cursors.")]
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    public PageInfo PageInfo { get; } = pageInfo;

    [GraphQLDescription("How many items the whole list holds (all pages).")]
    public Task<int> GetTotalCountAsync(CancellationToken cancellationToken) => totalCount(cancellationToken);
}
