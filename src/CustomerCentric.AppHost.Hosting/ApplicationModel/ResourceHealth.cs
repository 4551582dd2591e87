namespace CustomerCentric.AppHost.Hosting.ApplicationModel;

public enum ResourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}
