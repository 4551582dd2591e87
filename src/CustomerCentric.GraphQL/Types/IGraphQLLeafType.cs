using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>Scalars and enums: the types whose values are coerced rather than selected (spec 3.5, 3.9).</summary>
public interface IGraphQLLeafType
{
    string Name { get; }

    /// <summary>Result coercion: internal value to a JSON-ready value. Throws <see cref="Error.GraphQLError"/> when impossible.</summary>
    object? Serialize(object? value);

    /// <summary>Input coercion of a variable value (already JSON-decoded). Throws <see cref="Error.GraphQLError"/> when invalid.</summary>
    object? ParseValue(object? value);

    /// <summary>Input coercion of a literal. Variables inside the literal are read from <paramref name="variables"/>.</summary>
    object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables);
}
