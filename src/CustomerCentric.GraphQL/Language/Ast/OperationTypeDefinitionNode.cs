namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`query: Query` inside a schema definition or extension (spec 3.3).</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    public override Kind Kind => Kind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
