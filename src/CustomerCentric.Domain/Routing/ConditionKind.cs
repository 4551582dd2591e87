namespace CustomerCentric.Domain.Routing;

/// <summary>What a rule condition looks at. Each kind reads its <see cref="RuleCondition.Values"/> differently.</summary>
public enum ConditionKind
{
    /// <summary>Values are touchpoint ids (GUID text); the complaint's touchpoint must be one of them.</summary>
    Touchpoint,

    /// <summary>Values are <see cref="Customers.Channel"/> names.</summary>
    Channel,

    /// <summary>Values are <see cref="Touchpoints.JourneyPhase"/> names.</summary>
    JourneyPhase,

    /// <summary>Values are <see cref="Complaints.ComplaintCategory"/> names.</summary>
    Category,

    /// <summary>Exactly one <see cref="Complaints.Severity"/> name; the complaint must be at least that severe.</summary>
    MinimumSeverity,

    /// <summary>Values are <see cref="Customers.CustomerSegment"/> names.</summary>
    CustomerSegment,

    /// <summary>Values are keywords; the text must contain any of them, ignoring case.</summary>
    TextContains,
}
