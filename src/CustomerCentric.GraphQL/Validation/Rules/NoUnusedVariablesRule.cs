using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used: by the operation or a fragment it reaches.</summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : AstVisitor
{
    private readonly List<VariableDefinitionNode> definitions = [];

    public static ValidationRule Rule { get; } = context => new NoUnusedVariablesRule(context);

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        definitions.Clear();
        return VisitAction.Continue;
    }

    public override VisitAction Enter(VariableDefinitionNode node)
    {
        definitions.Add(node);
        return VisitAction.Continue;
    }

    public override void Leave(OperationDefinitionNode node)
    {
        if (definitions.Count == 0)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(node);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!IsUsed(usages, name))
            {
                context.ReportError(new GraphQLError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    [definition]));
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (usages[i].Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
