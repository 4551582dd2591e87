namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>An operation or a fragment definition (spec 2.2 ExecutableDefinition).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}
