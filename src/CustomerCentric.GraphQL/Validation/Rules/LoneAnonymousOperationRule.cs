using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : AstVisitor
{
    private int operationCount;

    public static ValidationRule Rule { get; } = context => new LoneAnonymousOperationRule(context);

    public override VisitAction Enter(DocumentNode node)
    {
        operationCount = 0;
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                operationCount++;
            }
        }

        return VisitAction.Continue;
    }

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        if (node.Name is null && operationCount > 1)
        {
            context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", [node]));
        }

        return VisitAction.Continue;
    }
}
