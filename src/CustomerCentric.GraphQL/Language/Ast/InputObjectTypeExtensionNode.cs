namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`extend input Name { more }` (spec 3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
