namespace CustomerCentric.GraphQL.Types;

/// <summary>A type with a name (spec 3.4): scalar, object, interface, union, enum or input object.</summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private protected GraphQLNamedType(string name)
    {
        Name = NameAssertion.AssertName(name);
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>Free-form annotations (authorization, cost, CLR binding) for later layers; graphql-js calls this <c>extensions</c>.</summary>
    public IDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    public sealed override string ToString() => Name;
}
