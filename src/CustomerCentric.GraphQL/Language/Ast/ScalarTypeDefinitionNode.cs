namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`scalar Name` (spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ScalarTypeDefinition;
}
