namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`fragment Name on Type { }` (spec 2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
