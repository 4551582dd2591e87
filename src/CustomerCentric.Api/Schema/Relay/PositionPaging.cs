using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// Cursor connections over a list computed for the request (the agenda), whose items have no stored key to page by: a
/// cursor is the item's position in the list. Stored rows page by key instead (<see cref="Paging"/>).
/// </summary>
public static class PositionPaging
{
    private const string Prefix = "position:";

    public static Connection<TNode> ToConnection<TItem, TNode>(IReadOnlyList<TItem> all, PagingArguments paging, Func<TItem, TNode> toNode)
    {
        var (size, backwards) = paging.Validate();
        var start = paging.After is null ? 0 : Math.Min(all.Count, Decode(paging.After, "after") + 1);
        var end = paging.Before is null ? all.Count : Math.Clamp(Decode(paging.Before, "before"), start, all.Count);
        var from = backwards ? Math.Max(start, end - size) : start;
        var to = backwards ? end : Math.Min(end, start + size);
        var edges = Enumerable.Range(from, to - from).Select(i => new Edge<TNode>(Cursor(i), toNode(all[i]))).ToList();
        var pageInfo = new PageInfo(to < all.Count, from > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<TNode>(edges, pageInfo, _ => Task.FromResult(all.Count));
    }

    private static string Cursor(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }

        throw PagingArguments.BadInput($"'{argument}' is not a cursor of this connection: pass a cursor from a previous page's edges or pageInfo.");
    }
}
