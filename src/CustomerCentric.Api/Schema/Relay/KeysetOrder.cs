using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text.Json;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>
/// An order of a connection's rows by keys, the last of them unique, paged by key ("keyset" or "seek" paging): a cursor
/// holds its row's keys, and the page after it holds the rows that sort after those keys. Rows inserted or deleted
/// elsewhere in the list do not move a page, as they would with positions (OFFSET). A cursor names its order, so a cursor
/// taken under another order, or from another connection, is refused rather than misread.
/// </summary>
public sealed class KeysetOrder<T>
{
    private readonly SortKey<T>[] _keys;

    public KeysetOrder(string name, params SortKey<T>[] keys)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfZero(keys.Length);
        Name = name;
        _keys = keys;
    }

    /// <summary>Written into every cursor of this order.</summary>
    public string Name { get; }

    /// <summary>The rows in this order, or in its reverse (to read the last rows of a list first).</summary>
    internal Expression Sort(Expression rows, bool reversed)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = _keys[i];
            var method = (i == 0, key.IsDescending != reversed) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            rows = Expression.Call(typeof(Queryable), method, [typeof(T), key.KeyType], rows, Expression.Quote(key.Selector));
        }

        return rows;
    }

    /// <summary>The rows after the cursor's row in this order (or before it), not counting that row.</summary>
    internal Expression Beyond(Expression rows, object[] cursor, bool before) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], rows, Expression.Quote(Beyond(cursor, before)));

    /// <summary>Rows in memory in this order, or in its reverse; keys compare as in the database, so there are no text keys.</summary>
    public IEnumerable<T> Sort(IEnumerable<T> rows, bool reversed)
    {
        RefuseTextKeys();
        return rows.Order(Comparer<T>.Create((x, y) => reversed ? Compare(y, x) : Compare(x, y)));
    }

    /// <summary>The same as the database's Beyond, over rows in memory.</summary>
    public IEnumerable<T> Beyond(IEnumerable<T> rows, object[] cursor, bool before)
    {
        RefuseTextKeys();
        return rows.Where(row => before ? CompareTo(row, cursor) < 0 : CompareTo(row, cursor) > 0);
    }

    public string CursorOf(T row)
    {
        var values = new JsonElement[_keys.Length + 1];
        values[0] = JsonSerializer.SerializeToElement(Name);
        for (var i = 0; i < _keys.Length; i++)
        {
            values[i + 1] = _keys[i].Write(_keys[i].ValueOf(row));
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values));
    }

    /// <returns>The cursor's keys; null when <paramref name="cursor"/> is not a cursor of this order.</returns>
    public object[]? TryDecode(string cursor)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var values = document.RootElement;
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != _keys.Length + 1
                || values[0].ValueKind != JsonValueKind.String || values[0].GetString() != Name)
            {
                return null;
            }

            return [.. _keys.Select((key, i) => key.Read(values[i + 1]))];
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// (k1 beyond v1) or (k1 = v1 and k2 beyond v2) or ..., where beyond is &gt; for an ascending key after the cursor, and
    /// so on. Written out rather than as a row comparison, because the keys' directions may differ.
    /// </summary>
    private Expression<Func<T, bool>> Beyond(object[] cursor, bool before)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = _keys[i];
            var mine = key.Of(row);
            var value = key.Parameter(cursor[i]);
            var beyond = key.Compare(mine, value, greater: key.IsDescending == before);
            var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            any = any is null ? term : Expression.OrElse(any, term);
            var equal = Expression.Equal(mine, value);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    /// <summary>Where <paramref name="row"/> sorts against the cursor: negative before it, positive after it.</summary>
    private int CompareTo(T row, object[] cursor)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            var order = Comparer<object>.Default.Compare(_keys[i].ValueOf(row), cursor[i]);
            if (order != 0)
            {
                return _keys[i].IsDescending ? -order : order;
            }
        }

        return 0;
    }

    private int Compare(T x, T y)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            var order = Comparer<object>.Default.Compare(_keys[i].ValueOf(x), _keys[i].ValueOf(y));
            if (order != 0)
            {
                return _keys[i].IsDescending ? -order : order;
            }
        }

        return 0;
    }

    /// <summary>
    /// Text sorts by the database's collation, which memory does not know: lists in memory (a DataLoader's rows, merged
    /// lists) sort by times, numbers and ids only. Uuids compare in .NET as in PostgreSQL (byte by byte, as written).
    /// </summary>
    private void RefuseTextKeys()
    {
        if (_keys.Any(k => k.KeyType == typeof(string)))
        {
            throw new InvalidOperationException($"Order {Name} sorts by text, which the database collates: page it in the database.");
        }
    }
}
