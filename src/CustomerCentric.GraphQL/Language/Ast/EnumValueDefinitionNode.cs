namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>One value of an enum definition (spec 3.9).</summary>
public sealed class EnumValueDefinitionNode : Node
{
    public override Kind Kind => Kind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
