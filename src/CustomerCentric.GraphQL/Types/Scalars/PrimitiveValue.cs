using System.Globalization;

namespace CustomerCentric.GraphQL.Types.Scalars;

/// <summary>
/// graphql-js lets objects with <c>valueOf()</c>/<c>toJSON()</c> (dates, ids) serialize as their primitive form before scalar
/// result coercion. The CLR counterparts are the value types that have one canonical text: those become that text here.
/// </summary>
internal static class PrimitiveValue
{
    public static object? From(object? value) => value switch
    {
        Guid guid => guid.ToString("D"),
        DateTimeOffset moment => moment.ToString("O", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        char c => c.ToString(),
        Uri uri => uri.ToString(),
        _ => value,
    };
}
