namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`union Name = A | B` (spec 3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
