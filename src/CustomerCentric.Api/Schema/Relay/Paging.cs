using System.Linq.Expressions;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// Cursor connections (Relay's algorithm) over stored rows, paged by key (<see cref="KeysetOrder{T}"/>, <see cref="PageRequest{T}"/>):
/// <c>first</c>/<c>after</c> page forwards, <c>last</c>/<c>before</c> backwards, and a page after a cursor starts right
/// after its row whatever was inserted or deleted meanwhile. Bad arguments are GraphQL errors with code BAD_USER_INPUT.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page of a filtered EF query, sorted by <paramref name="order"/> and read on its own context.</summary>
    public static async Task<Connection<TNode>> ToConnectionAsync<TEntity, TNode>(
        ReadDatabase database,
        Func<CustomerCentricDbContext, IQueryable<TEntity>> query,
        KeysetOrder<TEntity> order,
        PagingArguments paging,
        Func<TEntity, TNode> toNode,
        CancellationToken cancellationToken)
    {
        var request = PageRequest<TEntity>.From(paging, order);
        var rows = await database.QueryAsync(db => request.Apply(query(db)).ToListAsync(cancellationToken));
        return request.ToConnection(rows, toNode, ct => database.QueryAsync(db => query(db).CountAsync(ct)));
    }

    /// <summary>
    /// The same page of each parent's rows (say, the first 10 complaints of each of 50 customers), in one query: a subquery
    /// per parent, which PostgreSQL runs as a LATERAL join from the index on the parent's key, reading each parent's page only.
    /// </summary>
    /// <param name="children">A parent's rows, filtered: <c>customer =&gt; db.Complaints.Where(c =&gt; c.CustomerId == customer.Id)</c>.</param>
    /// <returns>Each parent's page as <see cref="PageRequest{T}.Apply(IQueryable{T})"/> reads it, by <paramref name="parentOf"/>.</returns>
    public static async Task<ILookup<TKey, TEntity>> PagesByParentAsync<TParent, TEntity, TKey>(
        IQueryable<TParent> parents,
        Expression<Func<TParent, IQueryable<TEntity>>> children,
        Func<TEntity, TKey> parentOf,
        PageRequest<TEntity> request,
        CancellationToken cancellationToken)
    {
        var pages = Expression.Lambda<Func<TParent, IEnumerable<TEntity>>>(request.Apply(children.Body), children.Parameters);
        var rows = await parents.SelectMany(pages).ToListAsync(cancellationToken);
        // SQL keeps no order across the join's rows: each page is put back in its order here.
        return rows.GroupBy(parentOf).SelectMany(page => request.Order.Sort(page, reversed: request.Backwards)).ToLookup(parentOf);
    }
}
