using System.Text.Json;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// The response names of one selection set executed on one object type, in response order. Every result object of that
/// selection shares one shape, so an object costs just its values array; the names are JSON-encoded once for the writer.
/// </summary>
public sealed class ResultShape
{
    internal ResultShape(string[] names)
    {
        Names = names;
        EncodedNames = new JsonEncodedText[names.Length];
        PropertyPrefixes = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            EncodedNames[i] = Encode(names[i]);

            // What the UTF-8 writer puts before each value: {"first": and ,"next": with the name JSON-encoded.
            var encoded = EncodedNames[i].EncodedUtf8Bytes;
            var prefix = new byte[encoded.Length + 4];
            prefix[0] = i == 0 ? (byte)'{' : (byte)',';
            prefix[1] = (byte)'"';
            encoded.CopyTo(prefix.AsSpan(2));
            prefix[^2] = (byte)'"';
            prefix[^1] = (byte)':';
            PropertyPrefixes[i] = prefix;
        }
    }

    public IReadOnlyList<string> Names { get; }

    internal JsonEncodedText[] EncodedNames { get; }

    /// <summary>The JSON before each value, in response order: the object's opening brace or a comma, then the quoted name and a colon.</summary>
    internal byte[][] PropertyPrefixes { get; }

    // The same response names recur in every plan of every document: each is encoded once into a bounded table (aliases are
    // the client's choice, so the table must not grow with them); a collision replaces the slot.
    private static readonly EncodedName?[] EncodedNameSlots = new EncodedName?[1024];

    private static JsonEncodedText Encode(string name)
    {
        ref var slot = ref EncodedNameSlots[(uint)name.GetHashCode() % (uint)EncodedNameSlots.Length];
        var cached = slot;
        if (cached is not null && cached.Name == name)
        {
            return cached.Text;
        }

        var encoded = JsonEncodedText.Encode(name);
        slot = new EncodedName(name, encoded);
        return encoded;
    }

    internal int IndexOf(string name)
    {
        var names = (string[])Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record EncodedName(string Name, JsonEncodedText Text);
}
