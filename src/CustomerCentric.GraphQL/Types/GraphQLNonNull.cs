namespace CustomerCentric.GraphQL.Types;

/// <summary>Non-Null wrapping type (spec 3.12). Wrapping another Non-Null is not allowed.</summary>
public sealed class GraphQLNonNull : GraphQLType
{
    public GraphQLNonNull(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is GraphQLNonNull)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";
}
