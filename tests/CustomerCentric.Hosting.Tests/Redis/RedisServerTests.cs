using System.Net;
using System.Net.Sockets;
using System.Text;
using CustomerCentric.Testing;

namespace CustomerCentric.Hosting.Tests.Redis;

public sealed class RedisServerTests(RedisFixture redis)
{
    [Fact]
    public async Task Answers_ping_and_stores_values()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, redis.Server.Port, cancellationToken);
        var stream = client.GetStream();

        Assert.Equal("+PONG", await CommandAsync(stream, "PING", cancellationToken));
        Assert.Equal("+OK", await CommandAsync(stream, "SET greeting hello", cancellationToken));
        Assert.Equal("$5\r\nhello", await CommandAsync(stream, "GET greeting", cancellationToken));
    }

    [Fact]
    public void Connection_string_names_the_loopback_port()
    {
        Assert.Equal($"127.0.0.1:{redis.Server.Port}", redis.ConnectionString);
    }

    [Fact]
    public void Listens_on_loopback_only()
    {
        var endpoints = ProcessTable.ListeningEndpoints(
            ProcessTable.Supervised(redis.Server.SupervisorProcessId, redis.Server.ProcessId).Select(entry => entry.Pid));

        Assert.Contains(new IPEndPoint(IPAddress.Loopback, redis.Server.Port), endpoints);
        Assert.All(endpoints, endpoint => Assert.True(IPAddress.IsLoopback(endpoint.Address), $"{endpoint} is not loopback"));
    }

    /// <summary>Sends an inline command and returns the reply without its final CRLF.</summary>
    internal static async Task<string> CommandAsync(NetworkStream stream, string command, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"), cancellationToken);
        var buffer = new byte[512];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return Encoding.ASCII.GetString(buffer, 0, read).TrimEnd('\r', '\n');
    }
}
