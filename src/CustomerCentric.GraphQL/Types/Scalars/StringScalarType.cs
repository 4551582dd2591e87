using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// <c>String</c> (spec 3.5.3). Results accept strings, booleans and finite numbers (printed as JavaScript prints them);
/// inputs and literals accept only strings.
/// </summary>
public sealed class StringScalarType : GraphQLScalarType
{
    internal StringScalarType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    public override object? Serialize(object? value)
    {
        var coerced = PrimitiveValue.From(value);
        switch (coerced)
        {
            case string text:
                return text;
            case bool b:
                return b ? "true" : "false";
        }

        if (JavaScriptNumbers.TryGetNumber(coerced, out var number) && double.IsFinite(number))
        {
            return JavaScriptNumbers.FormatClrNumber(coerced!);
        }

        throw new GraphQLError($"String cannot represent value: {Inspector.Inspect(value)}");
    }

    public override object? ParseValue(object? value) =>
        value as string ?? throw new GraphQLError($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is StringValueNode stringNode
            ? stringNode.Value
            : throw new GraphQLError($"String cannot represent a non string value: {Printer.Print(valueNode)}", [valueNode]);
}
