using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// Cursor connections over an ordered list (Relay's algorithm with position cursors): <c>first</c>/<c>after</c> page forwards,
/// <c>last</c>/<c>before</c> backwards. A cursor is the item's opaque position in the ordered list; bad arguments are
/// GraphQL errors with code BAD_USER_INPUT.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page of an EF query that is filtered and ordered (with a unique tie-breaker last), read on its own context.</summary>
    public static async Task<Connection<TNode>> ToConnectionAsync<TEntity, TNode>(
        ReadDatabase database,
        Func<CustomerCentricDbContext, IQueryable<TEntity>> query,
        PagingArguments paging,
        Func<TEntity, TNode> toNode,
        CancellationToken cancellationToken)
    {
        var window = Window.From(paging);
        Task<int> Count(CancellationToken ct) => database.QueryAsync(db => query(db).CountAsync(ct));
        int? total = window.Last is not null && window.End is null ? await Count(cancellationToken) : null;
        var slice = window.Slice(total);
        var rows = slice.Take <= 0 && !slice.Probe
            ? []
            : await database.QueryAsync(db => query(db).Skip(slice.Start).Take(slice.Take + (slice.Probe ? 1 : 0)).ToListAsync(cancellationToken));
        return window.Build(rows, slice, total, toNode, ct => total is { } known ? Task.FromResult(known) : Count(ct));
    }

    /// <summary>One page of a list already in memory (a DataLoader's group), in its order.</summary>
    public static Connection<TNode> ToConnection<TItem, TNode>(IReadOnlyList<TItem> all, PagingArguments paging, Func<TItem, TNode> toNode)
    {
        var window = Window.From(paging);
        var slice = window.Slice(all.Count);
        var rows = all.Skip(slice.Start).Take(slice.Take).ToList();
        return window.Build(rows, slice, all.Count, toNode, _ => Task.FromResult(all.Count));
    }

    public static string Cursor(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes("position:" + position.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("position:", StringComparison.Ordinal)
                && int.TryParse(text["position:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }

        throw BadInput($"'{argument}' is not a cursor of this connection: pass a cursor from a previous page's edges or pageInfo.");
    }

    private static GraphQLError BadInput(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });

    /// <summary>The requested slice: [Start, End) with at most First items from the front or Last from the back.</summary>
    private sealed record Window(int Start, int? End, int? First, int? Last)
    {
        public static Window From(PagingArguments paging)
        {
            if (paging.First is not null && paging.Last is not null)
            {
                throw BadInput("Pass 'first' or 'last', not both.");
            }

            foreach (var (name, value) in new[] { ("first", paging.First), ("last", paging.Last) })
            {
                if (value is < 0 or > MaxPageSize)
                {
                    throw BadInput($"'{name}' must be between 0 and {MaxPageSize} (was {value}).");
                }
            }

            var start = paging.After is null ? 0 : DecodeCursor(paging.After, "after") + 1;
            int? end = paging.Before is null ? null : DecodeCursor(paging.Before, "before");
            if (end < start)
            {
                end = start;
            }

            var first = paging.First ?? (paging.Last is null ? DefaultPageSize : null);
            return new Window(start, end, first, paging.Last);
        }

        /// <summary>Which items to read; Probe: read one more to learn whether a next page exists (the end is unknown).</summary>
        public SliceRange Slice(int? total)
        {
            int? end = End is { } before ? (total is { } t ? Math.Min(before, t) : before) : total;
            if (First is { } first)
            {
                return end is { } known ? new SliceRange(Start, Math.Max(0, Math.Min(first, known - Start)), false) : new SliceRange(Start, first, true);
            }

            var stop = end ?? throw new InvalidOperationException("Paging backwards from the end needs the total count.");
            var from = Math.Min(stop, Math.Max(Start, stop - Last!.Value));
            return new SliceRange(from, stop - from, false);
        }

        public Connection<TNode> Build<TItem, TNode>(
            List<TItem> rows, SliceRange slice, int? total, Func<TItem, TNode> toNode, Func<CancellationToken, Task<int>> count)
        {
            var probed = slice.Probe && rows.Count > slice.Take;
            if (probed)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            var edges = rows.Select((row, i) => new Edge<TNode>(Cursor(slice.Start + i), toNode(row))).ToList();
            // Items exist after the page when the probe found one, when 'before' names one, or when the total says so.
            var hasNext = probed || End is not null || (total is { } all && slice.Start + rows.Count < all);
            var pageInfo = new PageInfo(hasNext, slice.Start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
            return new Connection<TNode>(edges, pageInfo, count);
        }
    }

    private sealed record SliceRange(int Start, int Take, bool Probe);
}
