using System.Globalization;
using System.Text.RegularExpressions;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// The few JavaScript number rules graphql-js's scalars rely on (<c>Number(string)</c>, <c>Number.isInteger</c>, <c>String(number)</c>),
/// applied to CLR numbers so that coercion answers as graphql-js 16 does.
/// </summary>
internal static partial class JavaScriptNumbers
{
    /// <summary>Any CLR number (not bool, not char) as a double; integral types exactly where a double can hold them.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case Half h: number = (double)h; return true;
            case System.Numerics.BigInteger big: number = (double)big; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>JavaScript's <c>Number.isInteger</c>: finite and without fraction.</summary>
    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>JavaScript's <c>Number(text)</c> for a string: NaN when the text is not a number.</summary>
    public static double ParseString(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && char.ToLowerInvariant(trimmed[1]) is 'x' or 'o' or 'b')
        {
            return ParseRadix(trimmed[2..], char.ToLowerInvariant(trimmed[1]) switch { 'x' => 16, 'o' => 8, _ => 2 });
        }

        switch (trimmed)
        {
            case "Infinity" or "+Infinity": return double.PositiveInfinity;
            case "-Infinity": return double.NegativeInfinity;
        }

        return DecimalLiteral().IsMatch(trimmed)
            ? double.Parse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.NaN;
    }

    /// <summary>JavaScript's <c>String(number)</c>: <c>1</c> not <c>1.0</c>, <c>1e+21</c>, <c>NaN</c>, <c>Infinity</c>.</summary>
    public static string Format(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == 0)
        {
            return "0";
        }

        // Shortest round-trip digits, then JavaScript's Number::toString layout (ECMA-262 6.1.6.1.20).
        var roundTrip = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = roundTrip.IndexOf('E');
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var pointAt = mantissa.IndexOf('.');
        var integerDigits = pointAt < 0 ? mantissa.Length : pointAt;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        var n = integerDigits + exponent - leadingZeros;
        var k = digits.Length;
        string text;
        if (k <= n && n <= 21)
        {
            text = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            text = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            text = (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return number < 0 ? "-" + text : text;
    }

    /// <summary>Formats any CLR number as JavaScript would print the same number.</summary>
    public static string FormatClrNumber(object value) => value switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong or System.Numerics.BigInteger =>
            Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => TryGetNumber(value, out var number) ? Format(number) : value.ToString() ?? string.Empty,
    };

    private static double ParseRadix(string digits, int radix)
    {
        double result = 0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

    [GeneratedRegex(@"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalLiteral();
}
