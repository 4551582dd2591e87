namespace CustomerCentric.Domain;

/// <summary>The argument checks every entity repeats, each failing with a <see cref="DomainException"/> that names the field.</summary>
internal static class Require
{
    public static string Text(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException($"{field} is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainException($"{field} must be at most {maxLength} characters (was {trimmed.Length}).");
        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength = 2000) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty ? throw new DomainException($"{field} is required (was the empty id).") : value;

    public static TEnum Defined<TEnum>(TEnum value, string field) where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainException($"{field} has no value {value} (allowed: {string.Join(", ", Enum.GetNames<TEnum>())}).");

    /// <summary>A deliberately small e-mail check: one '@', something on both sides, a dot in the domain, no spaces.</summary>
    public static string Email(string? value, string field)
    {
        var email = Text(value, field, 254);
        var at = email.IndexOf('@');
        var wellFormed = at > 0
            && at == email.LastIndexOf('@')
            && at < email.Length - 1
            && email.IndexOf('.', at) > at + 1
            && !email.EndsWith('.')
            && !email.Any(char.IsWhiteSpace);
        return wellFormed ? email : throw new DomainException($"{field} '{email}' is not a well-formed e-mail address.");
    }
}
