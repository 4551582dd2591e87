namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`enum Name { VALUES }` (spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}
