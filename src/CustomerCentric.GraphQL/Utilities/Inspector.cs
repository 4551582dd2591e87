using System.Collections;
using System.Text;
using System.Text.Json;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Types.Scalars;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Renders a runtime value for an error message the way graphql-js's <c>inspect</c> does, so that messages match it:
/// strings JSON-quoted, numbers as JavaScript prints them, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>, nesting cut at depth 3.
/// </summary>
public static class Inspector
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 2;

    public static string Inspect(object? value) => Format(value, 0);

    /// <summary>JavaScript's <c>JSON.stringify</c> of a string.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var pairedHigh = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                    var pairedLow = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
                    if (c < ' ' || (char.IsSurrogate(c) && !pairedHigh && !pairedLow))
                    {
                        // Control characters and lone surrogates are escaped, as JSON.stringify does.
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return Quote(text);
            case bool b:
                return b ? "true" : "false";
            case JsonElement element:
                return Format(JsonValues.ToClr(element), depth);
            case GraphQLType or Enum or Delegate:
                return value is Delegate ? "[function]" : value.ToString()!;
            case IDictionary dictionary:
                return FormatObject(dictionary.Keys.Cast<object>().Select(key => (key.ToString()!, dictionary[key])).ToList(), depth);
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return FormatObject(pairs.Select(pair => (pair.Key, pair.Value)).ToList(), depth);
            case IEnumerable items:
                return FormatList(items.Cast<object?>().ToList(), depth);
        }

        return JavaScriptNumbers.TryGetNumber(value, out _) ? JavaScriptNumbers.FormatClrNumber(value) : value.ToString() ?? string.Empty;
    }

    private static string FormatObject(List<(string Key, object? Value)> entries, int depth)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (depth > MaxDepth - 1)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", entries.Select(entry => entry.Key + ": " + Format(entry.Value, depth + 1))) + " }";
    }

    private static string FormatList(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth > MaxDepth - 1)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxListLength).Select(item => Format(item, depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }
}
