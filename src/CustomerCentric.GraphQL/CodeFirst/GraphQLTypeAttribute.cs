namespace CustomerCentric.GraphQL.CodeFirst;

/// <summary>
/// Overrides the GraphQL type a member's CLR type would map to: either written as SDL (<c>[GraphQLType("ID!")]</c>, names resolved
/// against the schema's types and scalars) or as another CLR type mapped by the usual conventions (<c>[GraphQLType(typeof(Guid))]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(string sdlType)
    {
        Reference = TypeReference.FromSdl(sdlType);
    }

    public GraphQLTypeAttribute(Type clrType)
    {
        Reference = TypeReference.FromClr(clrType);
    }

    internal TypeReference Reference { get; }
}
