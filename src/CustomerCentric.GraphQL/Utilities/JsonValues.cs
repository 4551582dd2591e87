using System.Text.Json;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Turns decoded JSON (variables from a request body) into the plain CLR values input coercion works on:
/// objects become dictionaries, arrays lists, numbers <see cref="int"/>, <see cref="long"/> or <see cref="double"/>.
/// </summary>
public static class JsonValues
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i
            : element.TryGetInt64(out var l) ? l
            : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.Object => ToDictionary(element),
        _ => throw new ArgumentException($"Unexpected JSON value kind {element.ValueKind}.", nameof(element)),
    };

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            // JSON.parse keeps the last of duplicate keys; so does this.
            result[property.Name] = ToClr(property.Value);
        }

        return result;
    }
}
