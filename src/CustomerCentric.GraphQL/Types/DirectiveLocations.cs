namespace CustomerCentric.GraphQL.Types;

/// <summary>The SDL spelling of <see cref="DirectiveLocation"/> values (<c>FIELD_DEFINITION</c>, ...).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
        "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Names.Select((name, index) => (name, index)).ToDictionary(pair => pair.name, pair => (DirectiveLocation)pair.index, StringComparer.Ordinal);

    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
