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
            var encoded = Encode(names[i]);
            EncodedNames[i] = encoded.Text;
            PropertyPrefixes[i] = i == 0 ? encoded.OpeningPrefix : encoded.Prefix;
        }
    }

    public IReadOnlyList<string> Names { get; }

    internal JsonEncodedText[] EncodedNames { get; }

    /// <summary>The JSON before each value, in response order: the object's opening brace or a comma, then the quoted name and a colon.</summary>
    internal byte[][] PropertyPrefixes { get; }

    // The same response names recur in every plan of every document: each is encoded once into a bounded table (aliases are
    // the client's choice, so the table must not grow with them); a collision replaces the slot.
    private static readonly EncodedName?[] EncodedNameSlots = new EncodedName?[1024];

    private static EncodedName Encode(string name)
    {
        ref var slot = ref EncodedNameSlots[(uint)name.GetHashCode() % (uint)EncodedNameSlots.Length];
        var cached = slot;
        if (cached is not null && cached.Name == name)
        {
            return cached;
        }

        var encoded = new EncodedName(name, JsonEncodedText.Encode(name));
        slot = encoded;
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

    /// <summary>A response name JSON-encoded, and what the UTF-8 writer puts before its value: <c>{"name":</c> first, <c>,"name":</c> after.</summary>
    private sealed class EncodedName
    {
        public EncodedName(string name, JsonEncodedText text)
        {
            Name = name;
            Text = text;
            var encoded = text.EncodedUtf8Bytes;
            Prefix = new byte[encoded.Length + 4];
            Prefix[0] = (byte)',';
            Prefix[1] = (byte)'"';
            encoded.CopyTo(Prefix.AsSpan(2));
            Prefix[^2] = (byte)'"';
            Prefix[^1] = (byte)':';
            OpeningPrefix = [(byte)'{', .. Prefix.AsSpan(1)];
        }

        public string Name { get; }

        public JsonEncodedText Text { get; }

        public byte[] OpeningPrefix { get; }

        public byte[] Prefix { get; }
    }
}
