namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition (spec 3 TypeSystemDefinition).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode;
