namespace CustomerCentric.Data.Tests.Schema;

public static class SchemaComparer
{
    public static IReadOnlyList<SchemaDifference> Compare(IEnumerable<SchemaObject> model, IEnumerable<SchemaObject> database)
    {
        var expected = ToDictionary(model, "model");
        var actual = ToDictionary(database, "database");

        return expected.Keys.Union(actual.Keys)
            .Order(StringComparer.Ordinal)
            .Select(key => (key, inModel: expected.GetValueOrDefault(key), inDatabase: actual.GetValueOrDefault(key)))
            .Where(o => o.inModel != o.inDatabase)
            .Select(o => new SchemaDifference(o.key, o.inModel, o.inDatabase))
            .ToList();
    }

    /// <summary>A readable report for a failed assertion: one line per difference, or "no differences".</summary>
    public static string Describe(IReadOnlyList<SchemaDifference> differences)
        => differences.Count == 0
            ? "no differences"
            : $"{differences.Count} difference(s) between the EF model and the migrated database:\n"
              + string.Join("\n", differences.Select(d => "  " + d));

    private static Dictionary<string, string> ToDictionary(IEnumerable<SchemaObject> objects, string side)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            if (!result.TryAdd(o.Key, o.Definition))
            {
                throw new InvalidOperationException($"The {side} schema names '{o.Key}' twice.");
            }
        }

        return result;
    }
}
