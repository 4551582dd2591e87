using System.Globalization;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// <c>Int</c> (spec 3.5.1): a signed 32-bit integer. Results accept booleans, integral numbers and numeric strings (graphql-js 16);
/// inputs accept only integral numbers (also 1.0), literals only IntValue. Coerced values are <see cref="int"/>.
/// </summary>
public sealed class IntScalarType : GraphQLScalarType
{
    internal IntScalarType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    public override object? Serialize(object? value)
    {
        var coerced = PrimitiveValue.From(value);
        switch (coerced)
        {
            case int:
                // Already an Int: the same box, no new one per result field.
                return coerced;
            case bool b:
                return b ? 1 : 0;
        }

        double number;
        if (coerced is string { Length: > 0 } text)
        {
            number = JavaScriptNumbers.ParseString(text);
        }
        else if (!JavaScriptNumbers.TryGetNumber(coerced, out number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(coerced)}");
        }

        if (!JavaScriptNumbers.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(coerced)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(coerced)}");
        }

        return (int)number;
    }

    public override object? ParseValue(object? value)
    {
        if (value is int i)
        {
            return i;
        }

        if (value is bool || !JavaScriptNumbers.TryGetNumber(value, out var number) || !JavaScriptNumbers.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JavaScriptNumbers.FormatClrNumber(value!)}");
        }

        return (int)number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Printer.Print(valueNode)}", [valueNode]);
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", [valueNode]);
        }

        return result;
    }
}
