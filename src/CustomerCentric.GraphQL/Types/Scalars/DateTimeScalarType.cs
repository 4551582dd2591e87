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

        // yyyy-MM-ddTHH:mm:ss.fffZ digit by digit: a custom format string is parsed anew on every call, ten times slower. The time of
        // day is taken in whole milliseconds (an int) and digits come in pairs from a table, so one date costs a few multiplications.
        var ticks = value.UtcTicks;
        var dayNumber = (int)(ticks / TimeSpan.TicksPerDay);
        var millisecond = (int)(ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerMillisecond);
        DateOnly.FromDayNumber(dayNumber).Deconstruct(out var year, out var month, out var day);
        _ = text[23];
        TwoDigits(text, 0, year / 100);
        TwoDigits(text, 2, year % 100);
        text[4] = (byte)'-';
        TwoDigits(text, 5, month);
        text[7] = (byte)'-';
        TwoDigits(text, 8, day);
        text[10] = (byte)'T';
        TwoDigits(text, 11, millisecond / 3_600_000);
        text[13] = (byte)':';
        TwoDigits(text, 14, millisecond / 60_000 % 60);
        text[16] = (byte)':';
        TwoDigits(text, 17, millisecond / 1000 % 60);
        text[19] = (byte)'.';
        var fraction = millisecond % 1000;
        text[20] = (byte)('0' + fraction / 100);
        TwoDigits(text, 21, fraction % 100);
        text[23] = (byte)'Z';
        return 24;
    }

    /// <summary>"00" to "99", two bytes per number.</summary>
    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    private static void TwoDigits(Span<byte> text, int at, int value)
    {
        var pair = DigitPairs.Slice(value * 2, 2);
        text[at] = pair[0];
        text[at + 1] = pair[1];
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
