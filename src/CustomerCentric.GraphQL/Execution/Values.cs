using System.Text.Json;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Execution;

/// <summary>
/// Variable and argument coercion (spec 6.1.2 CoerceVariableValues, 6.4.1 CoerceArgumentValues), with graphql-js 16's messages.
/// </summary>
public static class Values
{
    /// <summary>graphql-js stops collecting variable errors after this many.</summary>
    public const int MaxVariableErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>(0);

    /// <summary>
    /// Coerces the raw variable values (a JSON object as <see cref="JsonElement"/>, or a dictionary) against the operation's variable
    /// definitions. Returns false with the errors when any variable is invalid; execution must not start then.
    /// </summary>
    public static bool TryCoerceVariableValues(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        object? inputs,
        out IReadOnlyDictionary<string, object?> coerced,
        out IReadOnlyList<GraphQLError> errors)
    {
        coerced = NoValues;
        errors = [];
        if (!TryReadInputs(inputs, out var read))
        {
            errors = [new GraphQLError("Variables must be provided as an Object where each property is a variable value. Perhaps look to see if an unparsed JSON string was provided.")];
            return false;
        }

        if (definitions.Count == 0)
        {
            return true;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var problems = new List<GraphQLError>();
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, read, values, problems);
            }
        }
        catch (TooManyErrors)
        {
            problems.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        coerced = values;
        errors = problems;
        return problems.Count == 0;
    }

    /// <summary>
    /// The coerced arguments of a field or directive occurrence (spec 6.4.1); throws <see cref="GraphQLError"/> for a missing required,
    /// null non-null or invalid argument. Arguments neither given nor defaulted are absent from the result.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<GraphQLArgument> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        Node node,
        IReadOnlyDictionary<string, object?>? variableValues)
    {
        if (definitions.Count == 0)
        {
            return NoValues;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argumentNode = null;
            foreach (var candidate in argumentNodes)
            {
                if (candidate.Name.Value == name)
                {
                    argumentNode = candidate;
                    break;
                }
            }

            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type is GraphQLNonNull)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", [node]);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variableValues is null || !variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (type is GraphQLNonNull)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            [valueNode]);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is GraphQLNonNull)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", [valueNode]);
            }

            if (!ValueFromAst.TryCoerce(valueNode, type, variableValues, out var value))
            {
                // Validation reports why; an unvalidated document still gets a clear error.
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>The coerced arguments of the first use of <paramref name="directive"/> on a node, or null when it is not used there.</summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        GraphQLDirective directive,
        IReadOnlyList<DirectiveNode> directiveNodes,
        IReadOnlyDictionary<string, object?>? variableValues)
    {
        foreach (var directiveNode in directiveNodes)
        {
            if (directiveNode.Name.Value == directive.Name)
            {
                return CoerceArgumentValues(directive.Arguments, directiveNode.Arguments, directiveNode, variableValues);
            }
        }

        return null;
    }

    private static void CoerceVariable(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        InputReader inputs,
        Dictionary<string, object?> values,
        List<GraphQLError> problems)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Resolve(schema, definition.Type);
        if (type is null || !type.IsInputType())
        {
            // Validation forbids this; an unvalidated document still gets graphql-js's message.
            Report(problems, new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                [definition.Type]));
            return;
        }

        if (!inputs(name, out var input))
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                if (ValueFromAst.TryCoerce(defaultValue, type, null, out var coercedDefault))
                {
                    values[name] = coercedDefault;
                }
            }
            else if (type is GraphQLNonNull)
            {
                Report(problems, new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
            }

            return;
        }

        if (input is null && type is GraphQLNonNull)
        {
            Report(problems, new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
            return;
        }

        values[name] = CoerceInputValue.Coerce(input, type, (path, invalidValue, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalidValue)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{CoerceInputValue.PrintPath(path)}\"";
            }

            Report(problems, new GraphQLError(prefix + "; " + error.Message, [definition], originalError: error));
        });
    }

    private static void Report(List<GraphQLError> problems, GraphQLError error)
    {
        if (problems.Count >= MaxVariableErrors)
        {
            throw new TooManyErrors();
        }

        problems.Add(error);
    }

    private delegate bool InputReader(string name, out object? value);

    private static bool TryReadInputs(object? inputs, out InputReader reader)
    {
        switch (inputs)
        {
            case null:
                reader = static (string _, out object? value) =>
                {
                    value = null;
                    return false;
                };
                return true;
            case JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                return TryReadInputs(null, out reader);
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                reader = (string name, out object? value) =>
                {
                    // JSON.parse keeps the last of duplicate keys; so does this (the last match wins).
                    var found = false;
                    value = null;
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.NameEquals(name))
                        {
                            value = JsonValues.ToClr(property.Value);
                            found = true;
                        }
                    }

                    return found;
                };
                return true;
            case IReadOnlyDictionary<string, object?> dictionary:
                reader = FromLookup(dictionary.TryGetValue);
                return true;
            case IDictionary<string, object?> dictionary:
                reader = FromLookup(dictionary.TryGetValue);
                return true;
            default:
                reader = static (string _, out object? value) =>
                {
                    value = null;
                    return false;
                };
                return false;
        }
    }

    /// <summary>Reads a dictionary of raw values; JSON values inside it become plain CLR values first.</summary>
    private static InputReader FromLookup(InputReader tryGetValue) => (string name, out object? value) =>
    {
        var found = tryGetValue(name, out value);
        if (value is JsonElement element)
        {
            value = JsonValues.ToClr(element);
        }

        return found;
    };

    private sealed class TooManyErrors : Exception;
}
