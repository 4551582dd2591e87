using System.Collections.Frozen;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// Object and interface types: both have fields and may implement interfaces (spec 3.6, 3.7).
/// Fields and interfaces are thunks so that types can refer to each other; they are read once, on first use.
/// </summary>
public abstract class GraphQLImplementingType : GraphQLNamedType
{
    private readonly Lazy<IReadOnlyDictionary<string, GraphQLField>> _fields;
    private readonly Lazy<IReadOnlyList<GraphQLInterfaceType>> _interfaces;

    // Validation and execution look fields up by name several times per field of every request: a frozen map answers
    // faster than the ordered one (made on first use; two threads making it at once make equal maps).
    private FrozenDictionary<string, GraphQLField>? _fieldsByName;

    private protected GraphQLImplementingType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLInterfaceType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new(() => DefinitionMap.ByName(fields(), field => field.Name, fieldName => $"Field \"{name}.{fieldName}\" can only be defined once."));
        _interfaces = new(() => interfaces is null ? [] : [.. interfaces()]);
    }

    /// <summary>Fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLField> Fields => _fields.Value;

    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces.Value;

    public GraphQLField? GetField(string name) =>
        (_fieldsByName ??= Fields.ToFrozenDictionary(StringComparer.Ordinal)).TryGetValue(name, out var field) ? field : null;
}
