using System.Collections;
using System.Text.RegularExpressions;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Types.Scalars;

namespace CustomerCentric.GraphQL.Utilities;

/// <summary>
/// The literal that stands for an internal value of an input type (graphql-js 16 <c>astFromValue</c>), used to print default values
/// in SDL and introspection. Returns null where graphql-js returns null/undefined (no representable literal, or a missing field).
/// </summary>
public static partial class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is GraphQLNonNull nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case GraphQLList list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return Convert(value, list.OfType);

            case GraphQLInputObjectType inputObject:
                if (!InputObjectValue.TryGetFields(value, out var fields))
                {
                    return null;
                }

                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.Values)
                {
                    if (fields(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fieldNodes.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                    }
                }

                return new ObjectValueNode { Fields = fieldNodes };

            case IGraphQLLeafType leaf:
                return FromSerialized(leaf.Serialize(value), type);

            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static ValueNode? FromSerialized(object? serialized, GraphQLType type)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode { Value = b };
            case string text when type is GraphQLEnumType:
                return new EnumValueNode { Value = text };
            case string text when ReferenceEquals(type, SpecifiedScalars.ID) && IntegerString().IsMatch(text):
                return new IntValueNode { Value = text };
            case string text:
                return new StringValueNode { Value = text };
        }

        if (JavaScriptNumbers.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = JavaScriptNumbers.FormatClrNumber(serialized);
            return IntegerString().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
        }

        throw new InvalidOperationException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerString();
}
