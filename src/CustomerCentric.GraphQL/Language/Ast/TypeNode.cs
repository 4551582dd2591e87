namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null (spec 2.11).</summary>
public abstract class TypeNode : Node;
