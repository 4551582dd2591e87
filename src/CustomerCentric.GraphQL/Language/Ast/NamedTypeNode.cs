namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A type name in a type reference (spec 2.11).</summary>
public sealed class NamedTypeNode : TypeNode
{
    public override Kind Kind => Kind.NamedType;

    public required NameNode Name { get; init; }
}
