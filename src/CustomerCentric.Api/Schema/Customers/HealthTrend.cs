namespace CustomerCentric.Api.Schema.Customers;

public enum HealthTrend
{
    Improving,
    Stable,
    Declining,
}
