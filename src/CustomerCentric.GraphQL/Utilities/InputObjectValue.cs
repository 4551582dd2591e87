using System.Collections;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>Reads fields of the dictionary shapes an input object value may arrive in (JSON-decoded or built in code).</summary>
internal static class InputObjectValue
{
    public delegate bool FieldReader(string name, out object? value);

    public static bool TryGetFields(object? value, out FieldReader reader)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                reader = readOnly.TryGetValue;
                return true;
            case IDictionary<string, object?> dictionary:
                reader = dictionary.TryGetValue;
                return true;
            case IDictionary untyped:
                reader = (string name, out object? found) =>
                {
                    found = untyped.Contains(name) ? untyped[name] : null;
                    return untyped.Contains(name);
                };
                return true;
            default:
                reader = static (string _, out object? found) =>
                {
                    found = null;
                    return false;
                };
                return false;
        }
    }

    public static IEnumerable<string> Keys(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> readOnly => readOnly.Keys,
        IDictionary<string, object?> dictionary => dictionary.Keys,
        IDictionary untyped => untyped.Keys.Cast<object>().Select(key => key.ToString()!),
        _ => [],
    };
}
