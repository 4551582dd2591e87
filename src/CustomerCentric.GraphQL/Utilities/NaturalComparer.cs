namespace CustomerCentric.GraphQL.Utilities;

/// <summary>Natural sort order (<c>item2</c> before <c>item10</c>), as graphql-js's <c>naturalCompare</c> orders suggestions.</summary>
public sealed class NaturalComparer : IComparer<string>
{
    public static NaturalComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = ReadNumber(x, ref i);
                var b = ReadNumber(y, ref j);
                if (a != b)
                {
                    return a < b ? -1 : 1;
                }
            }
            else
            {
                if (x[i] != y[j])
                {
                    return x[i] < y[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return (x.Length - y.Length) switch { < 0 => -1, > 0 => 1, _ => 0 };
    }

    private static double ReadNumber(string text, ref int index)
    {
        // Like graphql-js: a leading zero ends the number, so "01" reads as 0 then 1.
        double number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);

        return number;
    }
}
