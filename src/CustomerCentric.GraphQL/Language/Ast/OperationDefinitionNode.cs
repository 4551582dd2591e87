namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A query, mutation or subscription (spec 2.3); the query shorthand has no name.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.OperationDefinition;

    public required OperationType Operation { get; init; }

    /// <summary>A description (accepted by graphql-js 16.15 and the 2025 spec draft on executable definitions).</summary>
    public StringValueNode? Description { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}
