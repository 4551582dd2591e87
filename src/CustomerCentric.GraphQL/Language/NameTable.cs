using System.Text;

namespace CustomerCentric.GraphQL.Language;

/// <summary>
/// A lock-free cache of the strings of short ASCII tokens (names, numbers): the same field and type names recur in
/// every request, so they are created once. A collision simply replaces the slot; a torn read cannot happen because
/// slots hold immutable strings.
/// </summary>
internal static class NameTable
{
    private const int MaxLength = 48;
    private static readonly string?[] Slots = new string?[4096];

    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxLength)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        var hash = 2166136261u;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * 16777619u;
        }

        ref var slot = ref Slots[hash & (uint)(Slots.Length - 1)];
        var cached = slot;
        if (cached is not null && Ascii.Equals(ascii, cached))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(ascii);
        slot = created;
        return created;
    }
}
