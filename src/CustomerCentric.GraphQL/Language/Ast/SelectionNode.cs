namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A field, fragment spread or inline fragment (spec 2.4 Selection).</summary>
public abstract class SelectionNode : Node
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
