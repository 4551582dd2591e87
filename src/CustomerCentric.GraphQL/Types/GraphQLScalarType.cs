using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5). Two ways to define a custom scalar:
/// <list type="bullet">
/// <item>a definition object: <c>new GraphQLScalarType("Email") { Serializer = ..., ValueParser = ..., LiteralParser = ... }</c>;</item>
/// <item>a subclass overriding <see cref="Serialize"/>, <see cref="ParseValue"/> and <see cref="ParseLiteral"/> (as the built-in scalars do).</item>
/// </list>
/// Coercion failures throw <see cref="Error.GraphQLError"/> (or any exception, which callers wrap). As in graphql-js, a scalar without
/// functions passes values through unchanged and parses literals through <see cref="ParseValue"/> of their untyped value.
/// </summary>
public class GraphQLScalarType(string name) : GraphQLNamedType(name), IGraphQLLeafType
{
    /// <summary>The URL of the scalar's specification, shown by <c>@specifiedBy</c> and introspection.</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Result coercion for definition-object scalars; identity when null.</summary>
    public Func<object?, object?>? Serializer { get; init; }

    /// <summary>Variable input coercion for definition-object scalars; identity when null.</summary>
    public Func<object?, object?>? ValueParser { get; init; }

    /// <summary>Literal input coercion for definition-object scalars; when null, the literal's untyped value goes through <see cref="ParseValue"/>.</summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? LiteralParser { get; init; }

    public ScalarTypeDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<ScalarTypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    public virtual object? Serialize(object? value) => Serializer is null ? value : Serializer(value);

    public virtual object? ParseValue(object? value) => ValueParser is null ? value : ValueParser(value);

    public virtual object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        LiteralParser is null
            ? ParseValue(ValueFromAstUntyped.Convert(valueNode, variables))
            : LiteralParser(valueNode, variables);
}
