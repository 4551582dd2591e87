namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`schema { query: Q }` (spec 3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override Kind Kind => Kind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
