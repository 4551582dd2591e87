namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`type Name implements I { fields }` (spec 3.6).</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
