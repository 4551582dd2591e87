using System.Net;
using System.Net.Sockets;
using System.Text;
using CustomerCentric.Hosting.Supervision;

namespace CustomerCentric.Hosting.Redis;

/// <summary>A private redis-server on 127.0.0.1, in the foreground, saving to its folder only when that folder is kept.</summary>
public sealed class RedisServer(RedisServerOptions options) : LocalServer("redis", options)
{
    private string serverPath = "";
    private int port;

    public RedisServer()
        : this(new RedisServerOptions())
    {
    }

    public int Port => port > 0 ? port : throw NotStarted();

    public override IReadOnlyList<int> Ports => [Port];

    /// <summary>StackExchange.Redis format: "127.0.0.1:port".</summary>
    public override string ConnectionString => $"127.0.0.1:{Port}";

    protected override void CheckPrerequisites() =>
        serverPath = options.ServerPath is { } configured
            ? Prerequisite.File(configured, "redis-server", "Redis")
            : Prerequisite.Command("redis-server", "redis-server", "Redis", "/usr/bin/redis-server");

    protected override void ChoosePorts(bool usePreferredPorts) =>
        port = LoopbackPort.Choose(usePreferredPorts ? options.PreferredPort : null);

    protected override Task PrepareAsync(string directory, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "data"));
        return Task.CompletedTask;
    }

    protected override ProcessSpec CreateServerProcess(string directory, string logFile)
    {
        List<string> arguments =
        [
            "--port", $"{Port}", "--bind", "127.0.0.1", "--dir", Path.Combine(directory, "data"),
            "--daemonize", "no", "--logfile", "", "--appendonly", "no",
        ];
        if (UsesTemporaryDirectory)
        {
            arguments.AddRange(["--save", ""]); // nothing to keep: never write a snapshot
        }

        return new ProcessSpec(serverPath, arguments, logFile) { StopSignal = ProcessSignal.Terminate };
    }

    /// <summary>Ready when PING answers PONG (a server still loading its snapshot answers -LOADING).</summary>
    protected override async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
    }
}
