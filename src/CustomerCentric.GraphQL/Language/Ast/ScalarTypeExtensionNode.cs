namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`extend scalar Name @d` (spec 3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ScalarTypeExtension;
}
