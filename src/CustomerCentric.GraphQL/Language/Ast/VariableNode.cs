namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A variable reference `$name` (spec 2.10).</summary>
public sealed class VariableNode : ValueNode
{
    public override Kind Kind => Kind.Variable;

    public required NameNode Name { get; init; }
}
