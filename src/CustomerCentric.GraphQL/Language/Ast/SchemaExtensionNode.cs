namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`extend schema @d { mutation: M }` (spec 3.3.2).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override Kind Kind => Kind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
