using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Coerces a literal to an internal value of an input type, reading variables from already coerced variable values
/// (graphql-js <c>valueFromAST</c>, spec 5.6 / 6.4.1). Returns false for an invalid literal, where graphql-js returns undefined;
/// validation has reported why by then, so no message is produced here.
/// </summary>
public static class ValueFromAst
{
    public static bool TryCoerce(
        ValueNode? valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is null)
        {
            return false;
        }

        if (valueNode is VariableNode variable)
        {
            // A missing variable is invalid here; callers that allow it (default values) check IsMissingVariable first.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            // Variable values were coerced already; only a null for a non-null type is still wrong.
            return value is not null || type is not GraphQLNonNull;
        }

        if (type is GraphQLNonNull nonNull)
        {
            return valueNode is not NullValueNode && TryCoerce(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case GraphQLList list:
                return TryCoerceList(valueNode, list.OfType, variables, out value);
            case GraphQLInputObjectType inputObject:
                return TryCoerceInputObject(valueNode, inputObject, variables, out value);
            case IGraphQLLeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(valueNode, variables);
                    return true;
                }
                catch (Exception)
                {
                    // Invalid literal: like graphql-js, no value. The caller's validation explains the problem.
                    value = null;
                    return false;
                }

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    /// <summary>A variable the request did not provide: treated as absent, so defaults apply (spec 6.4.1 step 5.h).</summary>
    public static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryCoerceList(ValueNode valueNode, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ListValueNode listNode)
        {
            // A single item where a list is expected is coerced to a list of one (spec 3.11 input coercion).
            if (!TryCoerce(valueNode, itemType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is GraphQLNonNull)
                {
                    return false;
                }

                items.Add(null);
            }
            else
            {
                if (!TryCoerce(itemNode, itemType, variables, out var item))
                {
                    return false;
                }

                items.Add(item);
            }
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(
        ValueNode valueNode,
        GraphQLInputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            // graphql-js keyMap keeps the last of duplicate names; validation reports duplicates.
            fieldNodes[fieldNode.Name.Value] = fieldNode;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }
}
