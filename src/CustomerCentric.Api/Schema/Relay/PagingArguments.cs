using CustomerCentric.GraphQL.Error;

namespace CustomerCentric.Api.Schema.Relay;

/// <summary>The four arguments of a cursor connection field, as the client gave them.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    /// <returns>How many items the page holds at most, and whether it is counted from the end (<c>last</c>).</returns>
    public (int Size, bool Backwards) Validate()
    {
        if (First is not null && Last is not null)
        {
            throw BadInput("Pass 'first' or 'last', not both.");
        }

        foreach (var (name, value) in new[] { ("first", First), ("last", Last) })
        {
            if (value is < 0 or > Paging.MaxPageSize)
            {
                throw BadInput($"'{name}' must be between 0 and {Paging.MaxPageSize} (was {value}).");
            }
        }

        return Last is { } last ? (last, true) : (First ?? Paging.DefaultPageSize, false);
    }

    internal static GraphQLError BadInput(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
}
