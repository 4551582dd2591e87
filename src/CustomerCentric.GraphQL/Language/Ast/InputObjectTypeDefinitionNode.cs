namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`input Name { fields }` (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
