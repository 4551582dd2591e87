namespace CustomerCentric.GraphQL.Utilities;

/// <summary>Formats suggestions as graphql-js does: <c> Did you mean "A", "B", or "C"?</c> (at most five), or nothing.</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        var quoted = suggestions.Select(suggestion => $"\"{suggestion}\"").ToList();
        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        switch (quoted.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }

        var selected = quoted.Take(MaxSuggestions).ToList();
        return message + string.Join(", ", selected[..^1]) + ", or " + selected[^1] + "?";
    }
}
