namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`extend enum Name { MORE }` (spec 3.9.1).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
