using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined: by the operation, also for uses inside the fragments it reaches.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : AstVisitor
{
    private readonly HashSet<string> defined = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = context => new NoUndefinedVariablesRule(context);

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        defined.Clear();
        return VisitAction.Continue;
    }

    public override VisitAction Enter(VariableDefinitionNode node)
    {
        defined.Add(node.Variable.Name.Value);
        return VisitAction.Continue;
    }

    public override void Leave(OperationDefinitionNode node)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                context.ReportError(new GraphQLError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    [usage.Node, node]));
            }
        }
    }
}
