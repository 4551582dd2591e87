namespace CustomerCentric.GraphQL.Types;

/// <summary>List wrapping type (spec 3.11): an input type when <see cref="OfType"/> is one, an output type likewise.</summary>
public sealed class GraphQLList(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public override string ToString() => $"[{OfType}]";
}
