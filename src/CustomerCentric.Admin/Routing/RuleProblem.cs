namespace CustomerCentric.Admin.Routing;

/// <summary>Something wrong with a rule (or the rule set, when <see cref="RuleId"/> is null); some problems block publishing.</summary>
public sealed record RuleProblem(RuleProblemKind Kind, Guid? RuleId, string RuleName, string Message, bool BlocksPublishing);

public enum RuleProblemKind
{
    Invalid,
    NoChiefTouchpointOfficer,
    UnknownOwner,
    InactiveOwner,
    UnknownTouchpoint,
    InactiveTouchpoint,
}
