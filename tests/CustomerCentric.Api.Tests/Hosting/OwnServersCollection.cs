namespace CustomerCentric.Api.Tests.Hosting;

/// <summary>
/// Test classes that start or stop servers of their own on ports picked ahead of binding (a broker started mid-test, a Redis
/// stopped mid-test) run one after the other, so one cannot bind the port the other picked.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OwnServersCollection
{
    public const string Name = "Servers of their own";
}
