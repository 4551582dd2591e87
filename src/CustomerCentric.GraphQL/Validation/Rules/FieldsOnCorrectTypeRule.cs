using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: the field exists on the parent type. The error suggests inline fragments on the types
/// that have the field (most used first, interfaces before their implementations), else similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : AstVisitor
{
    public static ValidationRule Rule { get; } = context => new FieldsOnCorrectTypeRule(context);

    public override VisitAction Enter(FieldNode node)
    {
        if (context.ParentType is not { } parentType || context.FieldDef is not null)
        {
            return VisitAction.Continue;
        }

        var fieldName = node.Name.Value;
        var suggestion = DidYouMean.Format("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = DidYouMean.Format(parentType is GraphQLImplementingType implementing
                ? SuggestionList.For(fieldName, implementing.Fields.Keys)
                : []);
        }

        context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, [node]));
        return VisitAction.Continue;
    }

    private static List<string> SuggestedTypeNames(GraphQLSchema schema, GraphQLNamedType type, string fieldName)
    {
        if (type is not IGraphQLAbstractType abstractType)
        {
            return [];
        }

        var usage = new Dictionary<GraphQLNamedType, int>(ReferenceEqualityComparer.Instance);
        var suggested = new List<GraphQLNamedType>();
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            if (usage.TryAdd(possibleType, 1))
            {
                suggested.Add(possibleType);
            }

            foreach (var iface in possibleType.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usage.TryGetValue(iface, out var count))
                {
                    usage[iface] = count + 1;
                }
                else
                {
                    usage[iface] = 1;
                    suggested.Add(iface);
                }
            }
        }

        // A stable sort, as JavaScript's Array.prototype.sort is.
        var ordered = suggested.Select((suggestedType, index) => (suggestedType, index)).ToList();
        ordered.Sort((a, b) =>
        {
            var byUsage = usage[b.suggestedType] - usage[a.suggestedType];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a.suggestedType is GraphQLInterfaceType ifaceA && schema.IsSubType(ifaceA, b.suggestedType))
            {
                return -1;
            }

            if (b.suggestedType is GraphQLInterfaceType ifaceB && schema.IsSubType(ifaceB, a.suggestedType))
            {
                return 1;
            }

            var byName = NaturalComparer.Instance.Compare(a.suggestedType.Name, b.suggestedType.Name);
            return byName != 0 ? byName : a.index - b.index;
        });
        return ordered.ConvertAll(entry => entry.suggestedType.Name);
    }
}
