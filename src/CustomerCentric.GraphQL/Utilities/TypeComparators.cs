using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>Type relations used by schema and document validation (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>Same wrapping and the same named type.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => (typeA, typeB) switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        (GraphQLNonNull a, GraphQLNonNull b) => IsEqualType(a.OfType, b.OfType),
        (GraphQLList a, GraphQLList b) => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected (covariance:
    /// non-null within nullable, implementations and union members within their abstract type), spec 3.6.2 IsValidImplementationFieldType.
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is GraphQLList)
        {
            return false;
        }

        return superType is IGraphQLAbstractType abstractType
            && maybeSubType is GraphQLInterfaceType or GraphQLObjectType
            && schema.IsSubType(abstractType, (GraphQLNamedType)maybeSubType);
    }

    /// <summary>Whether some object type could be of both composite types (used by fragment spread validation).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IGraphQLAbstractType abstractA)
        {
            if (typeB is IGraphQLAbstractType abstractB)
            {
                return schema.GetPossibleTypes(abstractA).Any(type => schema.IsSubType(abstractB, type));
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IGraphQLAbstractType otherAbstract && schema.IsSubType(otherAbstract, typeA);
    }
}
