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
        for (var i = 0; i < names.Length; i++)
        {
            EncodedNames[i] = JsonEncodedText.Encode(names[i]);
        }
    }

    public IReadOnlyList<string> Names { get; }

    internal JsonEncodedText[] EncodedNames { get; }

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
}
