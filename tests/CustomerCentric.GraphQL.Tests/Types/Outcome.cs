namespace CustomerCentric.GraphQL.Tests.Types;

/// <summary>What a coercion should produce: a value, or an error with this message.</summary>
public sealed record Outcome(object? Value, string? ErrorMessage)
{
    public override string ToString() => ErrorMessage is null ? $"value {Value} ({Value?.GetType().Name})" : $"error \"{ErrorMessage}\"";
}
