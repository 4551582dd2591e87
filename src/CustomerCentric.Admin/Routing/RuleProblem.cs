namespace CustomerCentric.Admin.Routing;

/// <summary>Something wrong with a rule (or the rule set, when <see cref="RuleId"/> is null); some problems block publishing.</summary>
public sealed record RuleProblem(Guid? RuleId, string RuleName, string Message, bool BlocksPublishing);
