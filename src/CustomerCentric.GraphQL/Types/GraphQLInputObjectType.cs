using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// An input object type (spec 3.10). Coerced values are <see cref="IReadOnlyDictionary{TKey, TValue}"/> of field name to value,
/// holding only the fields that were given or defaulted. <see cref="IsOneOf"/> marks a <c>@oneOf</c> input object.
/// </summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    private readonly Lazy<IReadOnlyDictionary<string, GraphQLInputField>> _fields;

    public GraphQLInputObjectType(string name, Func<IEnumerable<GraphQLInputField>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new(() => DefinitionMap.ByName(fields(), field => field.Name, fieldName => $"Input field \"{name}.{fieldName}\" can only be defined once."));
    }

    /// <summary>Fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLInputField> Fields => _fields.Value;

    /// <summary>Exactly one field must be given, and it must not be null (the <c>@oneOf</c> RFC).</summary>
    public bool IsOneOf { get; init; }

    public InputObjectTypeDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<InputObjectTypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    public GraphQLInputField? GetField(string name) => Fields.GetValueOrDefault(name);
}
