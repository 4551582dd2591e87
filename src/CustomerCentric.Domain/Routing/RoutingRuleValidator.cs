using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Routing;

/// <summary>Checks that a rule can be evaluated: used when a draft is edited, published and compiled.</summary>
public static class RoutingRuleValidator
{
    public const int MaxConditions = 32;
    public const int MaxValuesPerCondition = 200;
    public const int MaxKeywordLength = 100;

    public static IReadOnlyList<RuleValidationError> Validate(RoutingRule? rule)
    {
        if (rule is null)
            return [new RuleValidationError(Guid.Empty, "(missing)", null, "the rule is missing.")];

        var errors = new List<RuleValidationError>();
        var name = string.IsNullOrWhiteSpace(rule.Name) ? "(unnamed)" : rule.Name;
        void Fail(int? condition, string message) => errors.Add(new RuleValidationError(rule.Id, name, condition, message));

        if (rule.Id == Guid.Empty)
            Fail(null, "the rule needs an id.");
        if (string.IsNullOrWhiteSpace(rule.Name))
            Fail(null, "the rule needs a name.");
        else if (rule.Name.Length > 200)
            Fail(null, $"the name must be at most 200 characters (was {rule.Name.Length}).");
        if (!Enum.IsDefined(rule.Match))
            Fail(null, $"match must be All or Any (was {rule.Match}).");
        if (rule.TargetOwnerId == Guid.Empty)
            Fail(null, "the rule needs a target owner.");
        if (rule.Conditions is null || rule.Conditions.Count == 0)
        {
            Fail(null, "the rule has no conditions; add at least one.");
            return errors;
        }
        if (rule.Conditions.Count > MaxConditions)
            Fail(null, $"the rule has {rule.Conditions.Count} conditions; at most {MaxConditions} are allowed.");

        for (var i = 0; i < rule.Conditions.Count; i++)
        {
            foreach (var message in ValidateCondition(rule.Conditions[i]))
                Fail(i, message);
        }
        return errors;
    }

    /// <exception cref="InvalidRoutingRuleException">The rule has at least one problem.</exception>
    public static void EnsureValid(RoutingRule? rule)
    {
        var errors = Validate(rule);
        if (errors.Count > 0)
            throw new InvalidRoutingRuleException(errors);
    }

    /// <summary>Every rule valid and no id used twice.</summary>
    public static IReadOnlyList<RuleValidationError> ValidateAll(IReadOnlyList<RoutingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<RuleValidationError>();
        var seen = new HashSet<Guid>();
        foreach (var rule in rules)
        {
            errors.AddRange(Validate(rule));
            if (rule is not null && rule.Id != Guid.Empty && !seen.Add(rule.Id))
                errors.Add(new RuleValidationError(rule.Id, rule.Name, null, $"the id {rule.Id} is used by more than one rule."));
        }
        return errors;
    }

    public static void EnsureAllValid(IReadOnlyList<RoutingRule> rules)
    {
        var errors = ValidateAll(rules);
        if (errors.Count > 0)
            throw new InvalidRoutingRuleException(errors);
    }

    private static IEnumerable<string> ValidateCondition(RuleCondition? condition)
    {
        if (condition is null)
        {
            yield return "the condition is missing.";
            yield break;
        }
        if (!Enum.IsDefined(condition.Kind))
        {
            yield return $"unknown condition kind {condition.Kind} (allowed: {string.Join(", ", Enum.GetNames<ConditionKind>())}).";
            yield break;
        }
        var values = condition.Values;
        if (values is null || values.Count == 0)
        {
            yield return $"{condition.Kind} needs at least one value.";
            yield break;
        }
        if (values.Count > MaxValuesPerCondition)
            yield return $"{condition.Kind} has {values.Count} values; at most {MaxValuesPerCondition} are allowed.";
        if (condition.Kind == ConditionKind.MinimumSeverity && values.Count != 1)
            yield return $"MinimumSeverity needs exactly one value (had {values.Count}).";

        foreach (var value in values)
        {
            if (ValidateValue(condition.Kind, value) is { } problem)
                yield return problem;
        }
    }

    private static string? ValidateValue(ConditionKind kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return $"{kind} has an empty value.";
        return kind switch
        {
            ConditionKind.Touchpoint => Guid.TryParse(value, out var id) && id != Guid.Empty ? null : $"'{value}' is not a touchpoint id (a GUID).",
            ConditionKind.Channel => EnumName<Channel>(kind, value),
            ConditionKind.JourneyPhase => EnumName<JourneyPhase>(kind, value),
            ConditionKind.Category => EnumName<ComplaintCategory>(kind, value),
            ConditionKind.MinimumSeverity => EnumName<Severity>(kind, value),
            ConditionKind.CustomerSegment => EnumName<CustomerSegment>(kind, value),
            ConditionKind.TextContains => value.Length > MaxKeywordLength ? $"keyword '{value[..20]}...' is longer than {MaxKeywordLength} characters." : null,
            _ => $"unknown condition kind {kind}.",
        };
    }

    private static string? EnumName<TEnum>(ConditionKind kind, string value) where TEnum : struct, Enum =>
        RuleValues.TryParse<TEnum>(value, out _)
            ? null
            : $"'{value}' is not a {kind} name (allowed: {string.Join(", ", Enum.GetNames<TEnum>())}).";
}
