using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// A page as a connection's arguments ask for it, decoded against its order: how many rows, from which end, and the keys of
/// the <c>after</c> and <c>before</c> cursors. Two requests with equal arguments are equal, so a DataLoader can read the
/// same page of many parents in one query.
/// </summary>
public sealed record PageRequest<T>(KeysetOrder<T> Order, int Size, bool Backwards, object[]? After, object[]? Before)
{
    /// <exception cref="CustomerCentric.GraphQL.Error.GraphQLError">BAD_USER_INPUT: bad sizes or a cursor of another order.</exception>
    public static PageRequest<T> From(PagingArguments paging, KeysetOrder<T> order)
    {
        var (size, backwards) = paging.Validate();
        return new PageRequest<T>(order, size, backwards, Decode(paging.After, "after", order), Decode(paging.Before, "before", order));
    }

    /// <summary>The same page over rows of another kind with keys of the same types (the parts of a merged list).</summary>
    public PageRequest<TOther> For<TOther>(KeysetOrder<TOther> order) => new(order, Size, Backwards, After, Before);

    /// <summary>The page's rows, one more than its size to tell whether there is more, nearest the cursor first.</summary>
    public IQueryable<T> Apply(IQueryable<T> rows) => rows.Provider.CreateQuery<T>(Apply(rows.Expression));

    /// <summary>The same, as an expression over <paramref name="rows"/> (a subquery per parent).</summary>
    public Expression Apply(Expression rows)
    {
        if (After is not null)
        {
            rows = Order.Beyond(rows, After, before: false);
        }

        if (Before is not null)
        {
            rows = Order.Beyond(rows, Before, before: true);
        }

        // The size as a closure member, so EF Core sends it as a parameter instead of caching a query per size.
        var take = Expression.Field(Expression.Constant(new StrongBox<int>(Size + 1)), nameof(StrongBox<int>.Value));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], Order.Sort(rows, reversed: Backwards), take);
    }

    /// <summary>The same over rows in memory, in any order.</summary>
    public List<T> Apply(IEnumerable<T> rows)
    {
        if (After is not null)
        {
            rows = Order.Beyond(rows, After, before: false);
        }

        if (Before is not null)
        {
            rows = Order.Beyond(rows, Before, before: true);
        }

        return [.. Order.Sort(rows, reversed: Backwards).Take(Size + 1)];
    }

    /// <param name="rows">What <see cref="Apply(IQueryable{T})"/> read: up to Size + 1 rows, nearest the cursor first.</param>
    public Connection<TNode> ToConnection<TNode>(IReadOnlyList<T> rows, Func<T, TNode> toNode, Func<CancellationToken, Task<int>> totalCount)
    {
        var more = rows.Count > Size;
        var page = rows.Take(Size);
        var edges = (Backwards ? page.Reverse() : page).Select(row => new Edge<TNode>(Order.CursorOf(row), toNode(row))).ToList();
        // Past a cursor lies at least the cursor's own row; the far side is known from the extra row read.
        var hasNext = Backwards ? Before is not null : more || Before is not null;
        var hasPrevious = Backwards ? more || After is not null : After is not null;
        return new Connection<TNode>(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), totalCount);
    }

    public bool Equals(PageRequest<T>? other) =>
        other is not null && Order == other.Order && Size == other.Size && Backwards == other.Backwards
        && SameKeys(After, other.After) && SameKeys(Before, other.Before);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Order);
        hash.Add(Size);
        hash.Add(Backwards);
        foreach (var value in (After ?? []).Concat(Before ?? []))
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    private static bool SameKeys(object[]? a, object[]? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static object[]? Decode(string? cursor, string argument, KeysetOrder<T> order) =>
        cursor is null
            ? null
            : order.TryDecode(cursor) ?? throw PagingArguments.BadInput(
                $"'{argument}' is not a cursor of this connection in this order: pass a cursor from a previous page's edges or pageInfo, with the same arguments.");
}
