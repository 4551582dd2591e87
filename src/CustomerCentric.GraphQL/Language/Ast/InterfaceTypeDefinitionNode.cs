namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`interface Name implements I { fields }` (spec 3.7).</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
