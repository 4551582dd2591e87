namespace CustomerCentric.GraphQL.Types;

/// <summary>Turns a thunk's list of fields into a by-name map that keeps definition order and refuses repeated names.</summary>
internal static class DefinitionMap
{
    public static OrderedDictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> nameOf, Func<string, string> duplicateMessage)
    {
        var map = new OrderedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!map.TryAdd(nameOf(item), item))
            {
                throw new InvalidOperationException(duplicateMessage(nameOf(item)));
            }
        }

        return map;
    }
}
