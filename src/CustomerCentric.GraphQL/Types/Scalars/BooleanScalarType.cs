using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// <c>Boolean</c> (spec 3.5.4). Results accept booleans and finite numbers (non-zero is true); inputs and literals only booleans.
/// </summary>
public sealed class BooleanScalarType : GraphQLScalarType
{
    internal BooleanScalarType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override object? Serialize(object? value)
    {
        var coerced = PrimitiveValue.From(value);
        if (coerced is bool)
        {
            // Already a Boolean: the same box, no new one per result field.
            return coerced;
        }

        if (JavaScriptNumbers.TryGetNumber(coerced, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(coerced)}");
    }

    public override object? ParseValue(object? value) =>
        value is bool b ? b : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is BooleanValueNode booleanNode
            ? booleanNode.Value
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.Print(valueNode)}", [valueNode]);
}
