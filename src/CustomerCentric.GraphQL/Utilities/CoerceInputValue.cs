using System.Collections;
using System.Text;
using System.Text.Json;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// Coerces a runtime input value (a variable from JSON: <see cref="JsonElement"/> or plain CLR dictionaries, lists and primitives)
/// to an internal value of an input type (spec 3.10 / 3.11 / 3.12 input coercion; graphql-js 16 <c>coerceInputValue</c>).
/// Lists become <see cref="List{T}"/>, input objects <see cref="Dictionary{TKey, TValue}"/> holding given or defaulted fields only.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>Coerces and throws the first problem as <c>Invalid value ... at "value.path": reason</c>.</summary>
    public static object? Coerce(object? inputValue, GraphQLType type) => Coerce(inputValue, type, ThrowError);

    /// <summary>Coerces and reports every problem to <paramref name="onError"/>; the result is meaningless when any was reported.</summary>
    public static object? Coerce(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return CoerceValue(inputValue, type, onError, null);
    }

    /// <summary>graphql-js <c>printPathArray</c>: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var text = new StringBuilder();
        foreach (var key in path)
        {
            if (key is int index)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                text.Append('.').Append(key);
            }
        }

        return text.ToString();
    }

    private static void ThrowError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        var prefix = "Invalid value " + Inspector.Inspect(invalidValue);
        if (path.Count > 0)
        {
            prefix += $" at \"value{PrintPath(path)}\"";
        }

        throw new GraphQLError(prefix + ": " + error.Message, error.Nodes, originalError: error.OriginalError, extensions: error.Extensions);
    }

    private static object? CoerceValue(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError, ResponsePath? path)
    {
        if (inputValue is JsonElement element)
        {
            inputValue = JsonValues.ToClr(element);
        }

        if (type is GraphQLNonNull nonNull)
        {
            if (inputValue is not null)
            {
                return CoerceValue(inputValue, nonNull.OfType, onError, path);
            }

            onError(ToList(path), inputValue, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (inputValue is null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                if (inputValue is IEnumerable items and not string and not IDictionary && !IsDictionary(inputValue))
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        coerced.Add(CoerceValue(item, list.OfType, onError, Append(path, index)));
                        index++;
                    }

                    return coerced;
                }

                // A single value where a list is expected is a list of one.
                return new List<object?> { CoerceValue(inputValue, list.OfType, onError, path) };

            case GraphQLInputObjectType inputObject:
                return CoerceInputObject(inputValue, inputObject, onError, path);

            case IGraphQLLeafType leaf:
                object? result;
                try
                {
                    result = leaf.ParseValue(inputValue);
                }
                catch (GraphQLError error)
                {
                    onError(ToList(path), inputValue, error);
                    return null;
                }
                catch (Exception exception)
                {
                    onError(ToList(path), inputValue, new GraphQLError($"Expected type \"{leaf.Name}\". {exception.Message}", originalError: exception));
                    return null;
                }

                return result;

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(
        object inputValue,
        GraphQLInputObjectType type,
        InputCoercionErrorHandler onError,
        ResponsePath? path)
    {
        if (!InputObjectValue.TryGetFields(inputValue, out var fields))
        {
            onError(ToList(path), inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fields(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    onError(ToList(path), inputValue, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            coerced[field.Name] = CoerceValue(fieldValue, field.Type, onError, Append(path, field.Name, type.Name));
        }

        foreach (var key in InputObjectValue.Keys(inputValue))
        {
            if (!type.Fields.ContainsKey(key))
            {
                var suggestions = SuggestionList.For(key, type.Fields.Keys);
                onError(ToList(path), inputValue, new GraphQLError($"Field \"{key}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(ToList(path), inputValue, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            // As in graphql-js, the null check looks at the first key even when the count was wrong.
            if (coerced.Count > 0 && coerced.First() is { Value: null } first)
            {
                onError([.. ToList(path), first.Key], null, new GraphQLError($"Field \"{first.Key}\" must be non-null."));
            }
        }

        return coerced;
    }

    private static bool IsDictionary(object value) =>
        value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;

    private static ResponsePath Append(ResponsePath? path, int index) =>
        path is null ? ResponsePath.Root(index) : path.Index(index);

    private static ResponsePath Append(ResponsePath? path, string key, string typeName) =>
        path is null ? ResponsePath.Root(key, typeName) : path.Field(key, typeName);

    private static IReadOnlyList<object> ToList(ResponsePath? path) => path?.ToList() ?? [];
}
