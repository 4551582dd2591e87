using System.Globalization;
using CustomerCentric.GraphQL.Language.Ast;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// A literal's value without a type to guide it (graphql-js <c>valueFromASTUntyped</c>): what custom scalars without a literal parser
/// receive. Ints become <see cref="int"/> (or <see cref="long"/>/<see cref="double"/> when larger), floats <see cref="double"/>,
/// enums their name, objects dictionaries, lists lists; a variable is read from <paramref name="variables"/> (null when absent).
/// </summary>
public static class ValueFromAstUntyped
{
    public static object? Convert(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        IntValueNode node => int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i
            : long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l
            : double.Parse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode node => double.Parse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode node => node.Value,
        EnumValueNode node => node.Value,
        BooleanValueNode node => node.Value,
        ListValueNode node => node.Values.Select(item => Convert(item, variables)).ToList(),
        ObjectValueNode node => ToDictionary(node, variables),
        VariableNode node => variables?.GetValueOrDefault(node.Name.Value),
        _ => throw new ArgumentException($"Unexpected value node: {valueNode.Kind}.", nameof(valueNode)),
    };

    private static Dictionary<string, object?> ToDictionary(ObjectValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            result[field.Name.Value] = Convert(field.Value, variables);
        }

        return result;
    }
}
