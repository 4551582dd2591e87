namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>An input value literal or a variable (spec 2.9). Const values are the same nodes without variables.</summary>
public abstract class ValueNode : Node;
