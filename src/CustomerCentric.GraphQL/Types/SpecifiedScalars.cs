using CustomerCentric.GraphQL.Types.Scalars;

namespace CustomerCentric.GraphQL.Types;

/// <summary>The five scalars the specification defines (spec 3.5), one instance each for every schema.</summary>
public static class SpecifiedScalars
{
    public static IntScalarType Int { get; } = new();

    public static FloatScalarType Float { get; } = new();

    public static StringScalarType String { get; } = new();

    public static BooleanScalarType Boolean { get; } = new();

    public static IdScalarType ID { get; } = new();

    /// <summary>In graphql-js order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<GraphQLScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsSpecifiedScalarType(GraphQLNamedType type) => type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    public static GraphQLScalarType? ByName(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
