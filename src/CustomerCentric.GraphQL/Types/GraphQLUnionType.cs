using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>A union type (spec 3.8). Members are a thunk so that unions can be declared before their members.</summary>
public sealed class GraphQLUnionType : GraphQLNamedType, IGraphQLAbstractType
{
    private readonly Lazy<IReadOnlyList<GraphQLObjectType>> _types;

    public GraphQLUnionType(string name, Func<IEnumerable<GraphQLObjectType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = new(() => [.. types()]);
    }

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _types.Value;

    public TypeResolver? ResolveType { get; set; }

    public UnionTypeDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<UnionTypeExtensionNode> ExtensionAstNodes { get; init; } = [];
}
