namespace CustomerCentric.GraphQL.Types;

/// <summary>The object and interface types that implement one interface, in type map order.</summary>
public sealed class InterfaceImplementations
{
    internal static readonly InterfaceImplementations None = new();

    internal List<GraphQLObjectType> Objects { get; } = [];

    internal List<GraphQLInterfaceType> Interfaces { get; } = [];

    public IReadOnlyList<GraphQLObjectType> ObjectTypes => Objects;

    public IReadOnlyList<GraphQLInterfaceType> InterfaceTypes => Interfaces;
}
