using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>An interface type (spec 3.7); interfaces may implement other interfaces.</summary>
public sealed class GraphQLInterfaceType(
    string name,
    Func<IEnumerable<GraphQLField>> fields,
    Func<IEnumerable<GraphQLInterfaceType>>? interfaces = null)
    : GraphQLImplementingType(name, fields, interfaces), IGraphQLAbstractType
{
    public TypeResolver? ResolveType { get; set; }

    public InterfaceTypeDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<InterfaceTypeExtensionNode> ExtensionAstNodes { get; init; } = [];
}
