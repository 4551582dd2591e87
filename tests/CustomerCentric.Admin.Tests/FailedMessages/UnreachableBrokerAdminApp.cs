using System.Net;
using System.Net.Sockets;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Testing;

namespace CustomerCentric.Admin.Tests.FailedMessages;

/// <summary>The admin configured with a broker address where nothing listens (a port taken and released at once).</summary>
public sealed class UnreachableBrokerAdminApp(PostgresFixture postgres, RedisFixture redis) : AdminApp(postgres, redis)
{
    public int BrokerPort { get; } = ClosedPort();

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["ConnectionStrings:rabbitmq"] = $"amqp://guest:guest@127.0.0.1:{BrokerPort}/" };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
