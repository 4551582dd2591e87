namespace CustomerCentric.GraphQL.Types;

/// <summary>
/// Any GraphQL type (spec 3.4): a named type or a wrapping type (<see cref="GraphQLList"/>, <see cref="GraphQLNonNull"/>).
/// Whether a type may be used for input or output is answered by <see cref="TypePredicates"/>, as in graphql-js.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The type as written in SDL, for example <c>[Customer!]!</c>.</summary>
    public abstract override string ToString();
}
