namespace CustomerCentric.GraphQL.Types;

/// <summary>The type predicates and unwrapping functions of graphql-js's <c>definition.ts</c> (spec 3.4, 3.11, 3.12).</summary>
public static class TypePredicates
{
    private static readonly HashSet<string> IntrospectionTypeNames =
        ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    /// <summary>Scalars, enums, input objects, and lists and non-nulls of those (spec 3.4.2 IsInputType).</summary>
    public static bool IsInputType(this GraphQLType type) =>
        type.GetNamedType() is GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums, and lists and non-nulls of those (spec 3.4.2 IsOutputType).</summary>
    public static bool IsOutputType(this GraphQLType type) =>
        type.GetNamedType() is GraphQLScalarType or GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType or GraphQLEnumType;

    public static bool IsLeafType(this GraphQLType type) => type is IGraphQLLeafType;

    public static bool IsCompositeType(this GraphQLType type) => type is GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    public static bool IsAbstractType(this GraphQLType type) => type is IGraphQLAbstractType;

    public static bool IsWrappingType(this GraphQLType type) => type is GraphQLList or GraphQLNonNull;

    public static bool IsNullableType(this GraphQLType type) => type is not GraphQLNonNull;

    public static bool IsNamedType(this GraphQLType type) => type is GraphQLNamedType;

    /// <summary>The named type under any lists and non-nulls.</summary>
    public static GraphQLNamedType GetNamedType(this GraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case GraphQLNamedType named:
                    return named;
                case GraphQLList list:
                    type = list.OfType;
                    break;
                case GraphQLNonNull nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unexpected type {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without its outer non-null, if any.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is GraphQLNonNull nonNull ? nonNull.OfType : type;

    /// <summary>The types that <c>__Schema</c> and <c>__Type</c> introspection define (spec 4.2); they are exempt from the <c>__</c> naming rule.</summary>
    public static bool IsIntrospectionType(this GraphQLNamedType type) => IntrospectionTypeNames.Contains(type.Name);
}
