using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// <c>UUID</c>: an RFC 4122 UUID written as 36 characters with hyphens (<c>0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c</c>), any letter case.
/// Coerced inputs are <see cref="Guid"/>; results are lower case.
/// </summary>
public sealed class UuidScalarType : GraphQLScalarType
{
    public const string SpecificationUrl = "https://tools.ietf.org/html/rfc4122";

    internal UuidScalarType()
        : base("UUID")
    {
        Description = "A universally unique identifier (RFC 4122) in its 36-character hyphenated form, such as `0b7e7dee-87ac-4c31-b3e0-c7a6e06b1f9c`.";
        SpecifiedByUrl = SpecificationUrl;
    }

    public override object? Serialize(object? value) => value switch
    {
        Guid guid => guid.ToString("D"),
        string text => Parse(text).ToString("D"),
        _ => throw new GraphQLError($"UUID cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new GraphQLError($"UUID cannot represent a non string value: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not StringValueNode stringNode)
        {
            throw new GraphQLError($"UUID cannot represent a non string value: {Printer.Print(valueNode)}", [valueNode]);
        }

        return Guid.TryParseExact(stringNode.Value, "D", out var guid)
            ? guid
            : throw new GraphQLError($"UUID cannot represent an invalid UUID string: {Inspector.Inspect(stringNode.Value)}", [valueNode]);
    }

    private static Guid Parse(string text) => Guid.TryParseExact(text, "D", out var guid)
        ? guid
        : throw new GraphQLError($"UUID cannot represent an invalid UUID string: {Inspector.Inspect(text)}");
}
