namespace CustomerCentric.GraphQL.Language.Ast;

/// <summary>A schema or type extension (spec 3 TypeSystemExtension).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode;
