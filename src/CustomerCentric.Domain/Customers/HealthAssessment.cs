namespace CustomerCentric.Domain.Customers;

/// <summary>A customer's relationship health: the score now (0..100), the score 30 days ago, the trend between them, and why.</summary>
public sealed record HealthAssessment(int Score, int ScoreBefore, HealthTrend Trend, IReadOnlyList<string> Reasons);
