using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription selects exactly one root field (after collecting fields without
/// variables), and not an introspection field. A <c>@skip</c>/<c>@include</c> whose condition is a variable cannot be decided
/// here, so the selection counts (graphql-js throws a coercion error out of validation in that case).
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : AstVisitor
{
    private bool definitionsCounted;

    public static ValidationRule Rule { get; } = context => new SingleFieldSubscriptionsRule(context);

    public override VisitAction Enter(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.Subscription is not { } subscriptionType)
        {
            return VisitAction.Continue;
        }

        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        if (!definitionsCounted)
        {
            // graphql-js charges for indexing the fragments once, on the first subscription.
            definitionsCounted = true;
            context.SpendFragmentWork(context.Document.Definitions.Count);
        }

        Collect(subscriptionType, node.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var operationName = node.Name?.Value;
        if (fields.Count > 1)
        {
            var extra = new List<Node>();
            for (var i = 1; i < fields.Count; i++)
            {
                extra.AddRange(fields.GetAt(i).Value);
            }

            context.ReportError(new GraphQLError(
                operationName is null
                    ? "Anonymous Subscription must select only one top level field."
                    : $"Subscription \"{operationName}\" must select only one top level field.",
                extra));
        }

        foreach (var (_, fieldNodes) in fields)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(new GraphQLError(
                    operationName is null
                        ? "Anonymous Subscription must not select an introspection top level field."
                        : $"Subscription \"{operationName}\" must not select an introspection top level field.",
                    fieldNodes));
            }
        }

        return VisitAction.Continue;
    }

    private void Collect(GraphQLObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
    {
        SpendSelectionSetWork(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when IsIncluded(field):
                    var key = (field.Alias ?? field.Name).Value;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields.Add(key, list = []);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when IsIncluded(inline) && ConditionMatches(inline.TypeCondition, type):
                    Collect(type, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !IsIncluded(spread))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (context.GetFragment(name) is { } fragment && ConditionMatches(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    private void SpendSelectionSetWork(SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? typeCondition, GraphQLObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = TypeFromAst.Resolve(context.Schema, typeCondition);
        return ReferenceEquals(conditionType, type)
            || (conditionType is IGraphQLAbstractType abstractType && context.Schema.IsSubType(abstractType, type));
    }

    private static bool IsIncluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode condition && condition.Value == (name == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
