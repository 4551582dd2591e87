namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>`null` (spec 2.9.5).</summary>
public sealed class NullValueNode : ValueNode
{
    public override Kind Kind => Kind.NullValue;
}
