namespace CustomerCentric.Domain.Customers;

public enum HealthTrend
{
    Improving,
    Stable,
    Declining,
}
