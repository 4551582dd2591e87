namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`Type!`; the inner type is a named or list type (spec 2.11).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public override Kind Kind => Kind.NonNullType;

    public required TypeNode Type { get; init; }
}
