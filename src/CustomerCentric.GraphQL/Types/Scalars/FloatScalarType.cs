using System.Globalization;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// <c>Float</c> (spec 3.5.2): a finite IEEE 754 double. Results accept booleans, numbers and numeric strings (graphql-js 16);
/// inputs accept finite numbers, literals IntValue or FloatValue. Coerced values are <see cref="double"/>.
/// </summary>
public sealed class FloatScalarType : GraphQLScalarType
{
    internal FloatScalarType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override object? Serialize(object? value)
    {
        if (value is double d && double.IsFinite(d))
        {
            // Already a Float: the same box, no new one per result field.
            return value;
        }

        var coerced = PrimitiveValue.From(value);
        if (coerced is bool b)
        {
            return b ? 1d : 0d;
        }

        double number;
        if (coerced is string { Length: > 0 } text)
        {
            number = JavaScriptNumbers.ParseString(text);
        }
        else if (!JavaScriptNumbers.TryGetNumber(coerced, out number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(coerced)}");
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(coerced)}");
        }

        return number;
    }

    public override object? ParseValue(object? value)
    {
        if (value is bool || !JavaScriptNumbers.TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        FloatValueNode floatNode => double.Parse(floatNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode intNode => double.Parse(intNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.Print(valueNode)}", [valueNode]),
    };
}
