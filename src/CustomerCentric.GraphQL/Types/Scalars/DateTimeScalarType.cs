using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with a mandatory offset (<c>2024-05-01T12:30:00Z</c>, <c>2024-05-01T14:30:00.5+02:00</c>),
/// per the graphql-scalars specification it is <c>@specifiedBy</c>. Coerced inputs are <see cref="DateTimeOffset"/>; results are written
/// with milliseconds and <c>Z</c> for a zero offset. A <see cref="System.DateTime"/> of unspecified kind is refused: it has no offset.
/// </summary>
public sealed partial class DateTimeScalarType : GraphQLScalarType
{
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/date-time";

    internal DateTimeScalarType()
        : base("DateTime")
    {
        Description = "A date-time string at UTC or with an offset, such as `2007-12-03T10:15:30Z`, compliant with the `date-time` format in section 5.6 of RFC 3339.";
        SpecifiedByUrl = SpecificationUrl;
    }

    /// <summary>The longest text <see cref="Format"/> gives: <c>yyyy-MM-ddTHH:mm:ss.fff+hh:mm</c>.</summary>
    internal const int MaxLength = 29;

    public static string Format(DateTimeOffset value)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        return Encoding.ASCII.GetString(text[..FormatUtf8(value, text)]);
    }

    /// <summary>
    /// <see cref="Format"/>'s text as UTF-8 into <paramref name="text"/> (at least <see cref="MaxLength"/> bytes); returns its length.
    /// Response writers call it to write a date without a string in between.
    /// </summary>
    internal static int FormatUtf8(DateTimeOffset value, Span<byte> text)
    {
        if (value.Offset != TimeSpan.Zero)
        {
            value.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
            return written;
        }

        // yyyy-MM-ddTHH:mm:ss.fffZ digit by digit: a custom format string is parsed anew on every call, ten times slower.
        var moment = value.DateTime;
        moment.Deconstruct(out int year, out int month, out int day);
        var time = moment.Ticks % TimeSpan.TicksPerDay;
        Digits(text[..4], year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), day);
        text[10] = (byte)'T';
        Digits(text.Slice(11, 2), (int)(time / TimeSpan.TicksPerHour));
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), (int)(time / TimeSpan.TicksPerMinute % 60));
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), (int)(time / TimeSpan.TicksPerSecond % 60));
        text[19] = (byte)'.';
        Digits(text.Slice(20, 3), (int)(time / TimeSpan.TicksPerMillisecond % 1000));
        text[23] = (byte)'Z';
        return 24;
    }

    private static void Digits(Span<byte> digits, int value)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset moment => Format(moment),
        System.DateTime { Kind: DateTimeKind.Utc } moment => Format(new DateTimeOffset(moment)),
        System.DateTime { Kind: DateTimeKind.Local } moment => Format(new DateTimeOffset(moment)),
        System.DateTime moment => throw new GraphQLError(
            $"DateTime cannot represent a date-time without offset: {moment.ToString("O", CultureInfo.InvariantCulture)} has DateTimeKind.Unspecified."),
        string text => Format(Parse(text)),
        _ => throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
    };

    public override object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new GraphQLError($"DateTime cannot represent a non string value: {Inspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not StringValueNode stringNode)
        {
            throw new GraphQLError($"DateTime cannot represent a non string value: {Printer.Print(valueNode)}", [valueNode]);
        }

        try
        {
            return Parse(stringNode.Value);
        }
        catch (GraphQLError error)
        {
            throw new GraphQLError(error.Message, [valueNode]);
        }
    }

    private static DateTimeOffset Parse(string text)
    {
        // The grammar check comes first: DateTimeOffset.Parse alone would accept many non-RFC 3339 forms.
        if (Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return moment;
        }

        throw new GraphQLError($"DateTime cannot represent an invalid date-time string: {Inspector.Inspect(text)}");
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
