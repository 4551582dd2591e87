namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`[Type]` (spec 2.11).</summary>
public sealed class ListTypeNode : TypeNode
{
    public override Kind Kind => Kind.ListType;

    public required TypeNode Type { get; init; }
}
