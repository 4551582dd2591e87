namespace CustomerCentric.Domain.Touchpoints;

/// <summary>The phase of the customer journey a touchpoint belongs to.</summary>
public enum JourneyPhase
{
    Awareness,
    Purchase,
    Usage,
    AfterSales,
}
