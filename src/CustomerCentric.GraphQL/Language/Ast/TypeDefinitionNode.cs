namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A named type definition: scalar, object, interface, union, enum or input object (spec 3.4).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
