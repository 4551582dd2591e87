using CustomerCentric.Domain.Routing;

namespace CustomerCentric.Admin.Tests.Hosting;

/// <summary>The rule editor's form fields for one condition, as the browser posts them.</summary>
public static class RuleFields
{
    public static (string Name, string Value)[] Condition(int index, ConditionKind kind, params string[] values)
    {
        var prefix = $"Input.Conditions[{index}]";
        return kind == ConditionKind.TextContains
            ? [($"{prefix}.Kind", kind.ToString()), ($"{prefix}.Keywords", string.Join("\r\n", values))]
            : [($"{prefix}.Kind", kind.ToString()), .. values.Select(v => ($"{prefix}.Values", v))];
    }
}
