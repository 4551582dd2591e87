namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`$name: Type = default @directives` (spec 2.10).</summary>
public sealed class VariableDefinitionNode : Node
{
    public override Kind Kind => Kind.VariableDefinition;

    /// <summary>A description (accepted by graphql-js 16.15 and the 2025 spec draft on executable definitions).</summary>
    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
