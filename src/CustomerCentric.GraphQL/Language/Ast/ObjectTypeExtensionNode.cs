namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`extend type Name ...` (spec 3.6.3).</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}
