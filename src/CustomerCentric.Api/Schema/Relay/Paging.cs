using CustomerCentric.Api.Persistence;
using CustomerCentric.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// Cursor connections (Relay's algorithm) over stored rows, paged by key (<see cref="KeysetOrder{T}"/>): <c>first</c>/<c>after</c>
/// page forwards, <c>last</c>/<c>before</c> backwards, and a page after a cursor starts right after its row whatever was
/// inserted or deleted meanwhile. Bad arguments are GraphQL errors with code BAD_USER_INPUT.
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
        var window = Window.From(paging, order);
        var rows = await database.QueryAsync(db =>
        {
            var rows = query(db);
            if (window.After is { } after)
            {
                rows = order.Beyond(rows, after, before: false);
            }

            if (window.Before is { } before)
            {
                rows = order.Beyond(rows, before, before: true);
            }

            // One row more than the page tells whether there is more beyond it.
            return order.Sort(rows, reversed: window.Backwards).Take(window.Size + 1).ToListAsync(cancellationToken);
        });
        return window.Build(rows, order, toNode, ct => database.QueryAsync(db => query(db).CountAsync(ct)));
    }

    /// <summary>One page of rows already in memory and in <paramref name="order"/> (a DataLoader's group).</summary>
    public static Connection<TNode> ToConnection<TEntity, TNode>(
        IReadOnlyList<TEntity> all, KeysetOrder<TEntity> order, PagingArguments paging, Func<TEntity, TNode> toNode)
    {
        var window = Window.From(paging, order);
        IEnumerable<TEntity> rows = all;
        if (window.After is { } after)
        {
            rows = order.Beyond(rows, after, before: false);
        }

        if (window.Before is { } before)
        {
            rows = order.Beyond(rows, before, before: true);
        }

        var page = window.Backwards ? rows.Reverse().Take(window.Size + 1).ToList() : rows.Take(window.Size + 1).ToList();
        return window.Build(page, order, toNode, _ => Task.FromResult(all.Count));
    }

    /// <summary>The page asked for: its size, its direction and the cursors' keys.</summary>
    private sealed record Window(int Size, bool Backwards, object[]? After, object[]? Before)
    {
        public static Window From<TEntity>(PagingArguments paging, KeysetOrder<TEntity> order)
        {
            var (size, backwards) = paging.Validate();
            return new Window(size, backwards, Decode(paging.After, "after", order), Decode(paging.Before, "before", order));
        }

        /// <param name="rows">Up to Size + 1 rows, nearest the cursor first (in reverse order when paging backwards).</param>
        public Connection<TNode> Build<TEntity, TNode>(
            List<TEntity> rows, KeysetOrder<TEntity> order, Func<TEntity, TNode> toNode, Func<CancellationToken, Task<int>> count)
        {
            var more = rows.Count > Size;
            if (more)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            if (Backwards)
            {
                rows.Reverse();
            }

            var edges = rows.Select(row => new Edge<TNode>(order.CursorOf(row), toNode(row))).ToList();
            // Past a cursor lies at least the cursor's own row; the far side is known from the extra row read.
            var hasNext = Backwards ? Before is not null : more || Before is not null;
            var hasPrevious = Backwards ? more || After is not null : After is not null;
            return new Connection<TNode>(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), count);
        }

        private static object[]? Decode<TEntity>(string? cursor, string argument, KeysetOrder<TEntity> order) =>
            cursor is null
                ? null
                : order.TryDecode(cursor) ?? throw PagingArguments.BadInput(
                    $"'{argument}' is not a cursor of this connection in this order: pass a cursor from a previous page's edges or pageInfo, with the same arguments.");
    }
}
