using CustomerCentric.AppHost.Hosting.ApplicationModel;
using CustomerCentric.Hosting.PostgreSql;

namespace CustomerCentric.AppHost.Hosting.Servers;

public sealed class PostgresServerResource(string name, int? port) : ServerResource<PostgresServer>(name)
{
    public override string Kind => "postgres";

    internal override string? Endpoint => ProcessId is null ? null : $"tcp://127.0.0.1:{Server.Port}";

    protected override PostgresServer CreateServer(ResourceContext context) =>
        new(new PostgresServerOptions { DataDirectory = context.DataDirectoryFor(this), PreferredPort = context.Port(port) });
}
