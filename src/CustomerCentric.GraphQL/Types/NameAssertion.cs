namespace CustomerCentric.GraphQL.Types;

/// <summary>Checks names against the spec's Name production (2.1.9) when a schema element is constructed.</summary>
public static class NameAssertion
{
    public static string AssertName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException("Expected name to be a non-empty string.", nameof(name));
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsNameContinue(name[i]))
            {
                throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", nameof(name));
            }
        }

        if (!IsNameStart(name[0]))
        {
            throw new ArgumentException($"Names must start with [_a-zA-Z] but \"{name}\" does not.", nameof(name));
        }

        return name;
    }

    /// <summary>Enum values additionally may not be <c>true</c>, <c>false</c> or <c>null</c> (spec 3.9).</summary>
    public static string AssertEnumValueName(string name)
    {
        if (name is "true" or "false" or "null")
        {
            throw new ArgumentException($"Enum values cannot be named: {name}", nameof(name));
        }

        return AssertName(name);
    }

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || c is >= '0' and <= '9';
}
