namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>An argument or input field definition (spec 3.6.1, 3.10).</summary>
public sealed class InputValueDefinitionNode : Node
{
    public override Kind Kind => Kind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
