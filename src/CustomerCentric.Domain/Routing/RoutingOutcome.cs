namespace CustomerCentric.Domain.Routing;

/// <summary>Which step of "rule, else the touchpoint's default owner, else the Chief Touchpoint Officer" decided.</summary>
public enum RoutingOutcome
{
    MatchedRule,
    TouchpointDefaultOwner,
    ChiefTouchpointOfficer,
}
