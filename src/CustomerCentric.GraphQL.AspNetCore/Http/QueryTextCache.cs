using System.Runtime.InteropServices;
using System.Text.Json;

namespace CustomerCentric.GraphQL.AspNetCore.Http;

/// <summary>
/// The <c>query</c> strings of recent requests by the JSON text they came in (still escaped, as it lies in the body), so a
/// client sending the same operation again costs a hash and a byte comparison of that text, not an unescaped copy of it. The
/// same string instance comes back for the same text, and the executor's document cache finds it by reference
/// (<see cref="Execution.DocumentCache"/>). A fixed table: a slot holds the last text that hashed to it, and texts longer than
/// <see cref="MaxTextLength"/> are not kept, so the cache never holds more than its slots times that length.
/// </summary>
internal sealed class QueryTextCache
{
    /// <summary>The longest JSON text (in bytes, quotes included) kept; longer queries are unescaped on every request.</summary>
    public const int MaxTextLength = 16 * 1024;

    private readonly Entry?[] _slots;

    /// <param name="slots">The table's size, a power of two.</param>
    public QueryTextCache(int slots = 256)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The number of slots must be a power of two.");
        }

        _slots = new Entry?[slots];
    }

    /// <summary>The string value of <paramref name="value"/> (a JSON string): the kept instance when its text came before.</summary>
    public string GetString(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ArgumentException($"A JSON string was expected, not {value.ValueKind}.", nameof(value));
        }

        var text = JsonMarshal.GetRawUtf8Value(value);
        if (text.Length > MaxTextLength)
        {
            return value.GetString()!;
        }

        var hash = Hash(text);
        ref var slot = ref _slots[hash & (_slots.Length - 1)];
        var entry = Volatile.Read(ref slot);
        if (entry is not null && entry.Hash == hash && text.SequenceEqual(entry.Text))
        {
            return entry.Value;
        }

        // A miss replaces the slot: the entry is immutable, so readers see either the old one or the new one whole.
        var unescaped = value.GetString()!;
        Volatile.Write(ref slot, new Entry(hash, text.ToArray(), unescaped));
        return unescaped;
    }

    /// <summary>The process's randomized string hash over the bytes (as chars, the odd last byte mixed in): fast, and not predictable by clients.</summary>
    private static int Hash(ReadOnlySpan<byte> text)
    {
        var hash = string.GetHashCode(MemoryMarshal.Cast<byte, char>(text));
        return (text.Length & 1) == 0 ? hash : HashCode.Combine(hash, text[^1]);
    }

    private sealed record Entry(int Hash, byte[] Text, string Value);
}
