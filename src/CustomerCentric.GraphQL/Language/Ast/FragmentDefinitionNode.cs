namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`fragment Name on Type { }` (spec 2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.FragmentDefinition;

    /// <summary>A description (accepted by graphql-js 16.15 and the 2025 spec draft on executable definitions).</summary>
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
