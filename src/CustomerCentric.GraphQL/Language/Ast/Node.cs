namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>Base of every AST node. Nodes are immutable; <see cref="Loc"/> is null when parsed with <c>NoLocation</c>.</summary>
public abstract class Node
{
    public abstract Kind Kind { get; }

    public Location? Loc { get; init; }
}
