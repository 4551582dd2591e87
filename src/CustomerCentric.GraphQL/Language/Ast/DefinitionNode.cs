namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A top-level definition of a document (spec 2.2): executable, type system definition or extension.</summary>
public abstract class DefinitionNode : Node;
