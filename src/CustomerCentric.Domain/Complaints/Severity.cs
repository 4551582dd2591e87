namespace CustomerCentric.Domain.Complaints;

/// <summary>Ordered from least to most severe: comparisons such as "at least High" rely on the numeric order.</summary>
public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}
