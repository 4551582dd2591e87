namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>One `name: value` of an input object literal (spec 2.9.8).</summary>
public sealed class ObjectFieldNode : Node
{
    public override Kind Kind => Kind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
