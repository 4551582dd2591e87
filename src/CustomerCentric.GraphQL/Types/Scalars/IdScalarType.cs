using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// <c>ID</c> (spec 3.5.5): serialized as a string. Results and inputs accept strings and integers (and <see cref="Guid"/>s);
/// literals StringValue or IntValue. Coerced values are <see cref="string"/>.
/// </summary>
public sealed class IdScalarType : GraphQLScalarType
{
    internal IdScalarType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override object? Serialize(object? value) =>
        Coerce(PrimitiveValue.From(value)) ?? throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");

    public override object? ParseValue(object? value) =>
        Coerce(value) ?? throw new GraphQLError($"ID cannot represent value: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        StringValueNode stringNode => stringNode.Value,
        IntValueNode intNode => intNode.Value,
        _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.Print(valueNode)}", [valueNode]),
    };

    private static string? Coerce(object? value)
    {
        if (value is string text)
        {
            return text;
        }

        return value is not bool && JavaScriptNumbers.TryGetNumber(value, out var number) && JavaScriptNumbers.IsInteger(number)
            ? JavaScriptNumbers.FormatClrNumber(value!)
            : null;
    }
}
