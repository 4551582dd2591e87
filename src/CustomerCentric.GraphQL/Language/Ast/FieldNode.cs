namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A field selection with optional alias (spec 2.5, 2.7).</summary>
public sealed class FieldNode : SelectionNode
{
    public override Kind Kind => Kind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }
}
