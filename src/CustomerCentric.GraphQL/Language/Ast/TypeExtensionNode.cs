namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>An extension of a named type (spec 3.4.3).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
