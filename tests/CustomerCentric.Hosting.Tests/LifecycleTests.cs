using System.Net;
using System.Net.Sockets;
using CustomerCentric.Hosting.PostgreSql;
using CustomerCentric.Hosting.RabbitMq;
using CustomerCentric.Hosting.Redis;
using CustomerCentric.Hosting.Tests.Redis;

namespace CustomerCentric.Hosting.Tests;

/// <summary>Servers of their own (not the shared fixtures): start, stop, ports, folders.</summary>
public sealed class LifecycleTests : IDisposable
{
    private readonly string keptFolder = Directory.CreateTempSubdirectory("customercentric-kept-").FullName;

    public void Dispose() => Directory.Delete(keptFolder, recursive: true);

    public static TheoryData<string> ServerKinds => ["redis", "postgres", "rabbitmq"];

    [Theory]
    [MemberData(nameof(ServerKinds))]
    public async Task Stop_ends_every_process_frees_every_port_and_deletes_the_temporary_folder(string kind)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using LocalServer server = kind switch
        {
            "redis" => new RedisServer(),
            "postgres" => new PostgresServer(),
            _ => new RabbitMqServer(),
        };
        await server.StartAsync(cancellationToken);
        var processes = ProcessTable.Supervised(server.SupervisorProcessId, server.ProcessId);
        var folder = server.Directory;
        Assert.True(Directory.Exists(folder));
        foreach (var port in server.Ports)
        {
            Assert.True(await LoopbackPort.AcceptsConnectionsAsync(port, cancellationToken), $"port {port} is not open");
        }

        await server.StopAsync(cancellationToken);

        Assert.False(server.IsRunning);
        Assert.DoesNotContain(processes, entry => entry.IsRunning);
        Assert.All(server.Ports, port => Assert.True(LoopbackPort.IsFree(port), $"port {port} is still taken"));
        Assert.False(Directory.Exists(folder), $"{folder} was not deleted");
        TestContext.Current.SendDiagnosticMessage(
            $"{kind}: ready after {server.StartDuration!.Value.TotalMilliseconds:0} ms, stopped in {server.StopDuration!.Value.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Redis_in_a_kept_folder_keeps_its_data_across_restarts()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var redis = new RedisServer(new RedisServerOptions { DataDirectory = keptFolder });
        await redis.StartAsync(cancellationToken);
        await CommandAsync(redis.Port, "SET customer 42", cancellationToken);
        await redis.StopAsync(cancellationToken);

        Assert.True(File.Exists(Path.Combine(keptFolder, "data", "dump.rdb")), "no snapshot was written on stop");
        await redis.StartAsync(cancellationToken);

        Assert.Equal("$2\r\n42", await CommandAsync(redis.Port, "GET customer", cancellationToken));
    }

    [Fact]
    public async Task Postgres_in_a_kept_folder_keeps_its_databases_across_restarts()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var postgres = new PostgresServer(new PostgresServerOptions { DataDirectory = keptFolder, DatabaseName = "kept" });
        await postgres.StartAsync(cancellationToken);
        await postgres.QueryAsync("kept", "CREATE TABLE customer (name text); INSERT INTO customer VALUES ('Ada')", cancellationToken);
        await postgres.StopAsync(cancellationToken);

        Assert.True(File.Exists(Path.Combine(keptFolder, "pgdata", "PG_VERSION")));
        await postgres.StartAsync(cancellationToken);

        Assert.Equal("Ada", (await postgres.QueryAsync("kept", "SELECT name FROM customer", cancellationToken)).Trim());
    }

    [Fact]
    public async Task A_free_preferred_port_is_used()
    {
        var preferred = LoopbackPort.Free();
        await using var redis = new RedisServer(new RedisServerOptions { PreferredPort = preferred });

        await redis.StartAsync(TestContext.Current.CancellationToken);

        Assert.Equal(preferred, redis.Port);
    }

    [Fact]
    public async Task A_taken_preferred_port_falls_back_to_a_free_one()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        try
        {
            var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;
            await using var redis = new RedisServer(new RedisServerOptions { PreferredPort = taken });

            await redis.StartAsync(cancellationToken);

            Assert.NotEqual(taken, redis.Port);
            Assert.Equal("+PONG", await CommandAsync(redis.Port, "PING", cancellationToken));
        }
        finally
        {
            squatter.Stop();
        }
    }

    [Fact]
    public async Task Starting_twice_is_an_error()
    {
        await using var redis = new RedisServer();
        await redis.StartAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(() => redis.StartAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<string> CommandAsync(int port, string command, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        return await RedisServerTests.CommandAsync(client.GetStream(), command, cancellationToken);
    }
}
