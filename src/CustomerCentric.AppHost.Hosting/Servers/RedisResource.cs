using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.Hosting.Redis;

namespace CustomerCentric.AppHost.Hosting.Servers;

public sealed class RedisResource(string name, int? port) : ServerResource<RedisServer>(name)
{
    public override string Kind => "redis";

    internal override string? Endpoint => ProcessId is null ? null : $"tcp://{ConnectionString}";

    protected override RedisServer CreateServer(ResourceContext context) =>
        new(new RedisServerOptions { DataDirectory = context.DataDirectoryFor(this), PreferredPort = context.Port(port) });
}
