using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>The schema type a type reference names (graphql-js <c>typeFromAST</c>); null when the named type does not exist.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Resolve(GraphQLSchema schema, TypeNode typeNode) => typeNode switch
    {
        ListTypeNode list => Resolve(schema, list.Type) is { } itemType ? new GraphQLList(itemType) : null,
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } innerType ? new GraphQLNonNull(innerType) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => throw new ArgumentException($"Unexpected type node: {typeNode.Kind}.", nameof(typeNode)),
    };
}
