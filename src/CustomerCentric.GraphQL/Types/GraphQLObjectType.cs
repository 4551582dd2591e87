using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>An object type (spec 3.6).</summary>
public sealed class GraphQLObjectType(
    string name,
    Func<IEnumerable<GraphQLField>> fields,
    Func<IEnumerable<GraphQLInterfaceType>>? interfaces = null)
    : GraphQLImplementingType(name, fields, interfaces)
{
    /// <summary>Used by execution for abstract types without a <see cref="TypeResolver"/>; settable so schema-first code can bind it.</summary>
    public IsTypeOf? IsTypeOf { get; set; }

    private readonly Type? _runtimeType;

    /// <summary>
    /// The CLR type of this type's values when <see cref="IsTypeOf"/> means exactly "is an instance of it" (code-first types):
    /// execution then checks values without creating a resolver context for <see cref="IsTypeOf"/>.
    /// </summary>
    public Type? RuntimeType
    {
        get => _runtimeType;
        init
        {
            _runtimeType = value;
            PlainRuntimeType = value is not null && !typeof(Exception).IsAssignableFrom(value) && value != typeof(System.Text.Json.JsonElement);
        }
    }

    /// <summary>
    /// Whether a value of exactly <see cref="RuntimeType"/> needs no check before it is written: it is not an exception (a field
    /// error) nor a JSON element (which may be JSON null).
    /// </summary>
    internal bool PlainRuntimeType { get; private init; }

    public ObjectTypeDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<ObjectTypeExtensionNode> ExtensionAstNodes { get; init; } = [];
}
