using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new ExecutableDefinitionsRule(context);

    public override VisitAction Enter(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => Quote(type.Name),
                TypeExtensionNode extension => Quote(extension.Name),
                DirectiveDefinitionNode directive => Quote(directive.Name),
                _ => "schema",
            };
            context.ReportError(new GraphQLError($"The {name} definition is not executable.", [definition]));
        }

        return VisitAction.Skip;
    }

    private static string Quote(NameNode name) => "\"" + name.Value + "\"";
}
