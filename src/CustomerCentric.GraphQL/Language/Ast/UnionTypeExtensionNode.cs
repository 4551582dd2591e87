namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`extend union Name = C` (spec 3.8.1).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}
