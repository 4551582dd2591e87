using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Types;

/// <summary>What a <see cref="GraphQLSchema"/> is built from (graphql-js <c>GraphQLSchemaConfig</c>).</summary>
public sealed record GraphQLSchemaConfig
{
    public GraphQLObjectType? Query { get; init; }

    public GraphQLObjectType? Mutation { get; init; }

    public GraphQLObjectType? Subscription { get; init; }

    /// <summary>Types to include even when no root reaches them (for example implementations only reachable through an interface); listed first.</summary>
    public IReadOnlyList<GraphQLNamedType> Types { get; init; } = [];

    /// <summary>The schema's directives; the specified directives when not given.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; init; } = SpecifiedDirectives.All;

    public string? Description { get; init; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Skip type system validation: for schemas already validated elsewhere (graphql-js <c>assumeValid</c>).</summary>
    public bool AssumeValid { get; init; }
}
