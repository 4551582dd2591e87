namespace CustomerCentric.Domain.Routing;

/// <summary>How condition values (strings) are read: enum names exactly as declared (ignoring case), never numbers.</summary>
public static class RuleValues
{
    public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = Enum.Parse<TEnum>(name);
                return true;
            }
        }
        result = default;
        return false;
    }

    public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var result)
            ? result
            : throw new DomainException($"'{value}' is not a {typeof(TEnum).Name} name.");
}
