using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: the variable's type fits the position (a nullable variable fits a non-null
/// position only when the variable or the position has a non-null default), and a variable that fills a <c>@oneOf</c>
/// field is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, VariableDefinitionNode> definitions = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = context => new VariablesInAllowedPositionRule(context);

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        definitions.Clear();
        return VisitAction.Continue;
    }

    public override VisitAction Enter(VariableDefinitionNode node)
    {
        definitions[node.Variable.Name.Value] = node;
        return VisitAction.Continue;
    }

    public override void Leave(OperationDefinitionNode node)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType || !definitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            var variableType = TypeFromAst.Resolve(context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.DefaultValue))
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    [definition, usage.Node]));
            }

            if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } parentType && variableType is not (null or GraphQLNonNull))
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType.Name}\".",
                    [definition, usage.Node]));
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, DefaultValue locationDefault)
    {
        if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationDefault.Exists)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
    }
}
