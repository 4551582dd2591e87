using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using CustomerCentric.Hosting.Supervision;

namespace CustomerCentric.Hosting.RabbitMq;

/// <summary>
/// A private RabbitMQ node with the management plugin on 127.0.0.1. Its epmd runs in the foreground inside the node's
/// process group on a private port (never daemonised, never shared), and Erlang is told not to start one of its own.
/// </summary>
public sealed class RabbitMqServer(RabbitMqServerOptions options) : LocalServer("rabbitmq", options)
{
    private const string Package = "rabbitmq-server";
    private const int NodeUnavailable = 69; // rabbitmqctl's EX_UNAVAILABLE: the node does not answer yet

    // Starts epmd in this process group, waits until it answers, then replaces itself with the broker.
    private const string Launcher = """
        "$EPMD" -port "$ERL_EPMD_PORT" -address 127.0.0.1 &
        epmd=$!
        until "$EPMD" -port "$ERL_EPMD_PORT" -names >/dev/null 2>&1; do
          kill -0 "$epmd" 2>/dev/null || { echo "epmd could not listen on port $ERL_EPMD_PORT (Address already in use?)"; exit 98; }
          sleep 0.05
        done
        exec "$RABBITMQ_SERVER"
        """;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private string binDirectory = "";
    private string epmd = "";
    private string bash = "";
    private bool nodeStarted;

    public RabbitMqServer()
        : this(new RabbitMqServerOptions())
    {
    }

    public int AmqpPort { get; private set; }

    public int ManagementPort { get; private set; }

    /// <summary>Erlang distribution (rabbitmqctl talks to the node here).</summary>
    public int DistributionPort { get; private set; }

    /// <summary>The node's private epmd.</summary>
    public int EpmdPort { get; private set; }

    public string NodeName => $"{options.NodeName}@localhost";

    public override IReadOnlyList<int> Ports => AmqpPort > 0 ? [AmqpPort, ManagementPort, DistributionPort, EpmdPort] : throw NotStarted();

    /// <summary>AMQP URI with the loopback-only guest user.</summary>
    public override string ConnectionString => AmqpPort > 0 ? $"amqp://guest:guest@127.0.0.1:{AmqpPort}/" : throw NotStarted();

    /// <summary>The management UI and HTTP API (guest/guest).</summary>
    public Uri ManagementUri => ManagementPort > 0 ? new Uri($"http://127.0.0.1:{ManagementPort}/") : throw NotStarted();

    /// <summary>Runs rabbitmqctl against this node, e.g. ["list_queues"].</summary>
    public Task<ProcessOutcome> RunCtlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default) =>
        RunToolAsync(Tool("rabbitmqctl"), ["-n", NodeName, .. arguments], Environment(Directory), cancellationToken);

    protected override void CheckPrerequisites()
    {
        binDirectory = options.BinDirectory ?? "/usr/lib/rabbitmq/bin";
        Prerequisite.File(Tool("rabbitmq-server"), Package, "RabbitMQ");
        Prerequisite.File(Tool("rabbitmqctl"), Package, "RabbitMQ");
        var erts = System.IO.Directory.Exists("/usr/lib/erlang")
            ? System.IO.Directory.GetDirectories("/usr/lib/erlang", "erts-*").Select(path => Path.Combine(path, "bin", "epmd")).ToArray()
            : [];
        epmd = Prerequisite.Command("epmd", Package, "RabbitMQ (Erlang's epmd)", erts);
        bash = Prerequisite.Command("bash", "bash", "RabbitMQ", "/bin/bash");
    }

    protected override void ChoosePorts(bool usePreferredPorts)
    {
        AmqpPort = LoopbackPort.Choose(usePreferredPorts ? options.PreferredAmqpPort : null);
        ManagementPort = LoopbackPort.Choose(usePreferredPorts ? options.PreferredManagementPort : null);
        DistributionPort = LoopbackPort.Free();
        EpmdPort = LoopbackPort.Free();
        nodeStarted = false;
    }

    protected override async Task PrepareAsync(string directory, CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(directory, folder));
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{AmqpPort}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {ManagementPort}
            """, cancellationToken);
        // what `rabbitmq-plugins enable --offline rabbitmq_management` writes, without booting an Erlang VM for it
        await File.WriteAllTextAsync(Path.Combine(directory, "enabled_plugins"), "[rabbitmq_management].\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "rabbitmq-env.conf"), "", cancellationToken);
    }

    protected override ProcessSpec CreateServerProcess(string directory, string logFile) =>
        new(bash, ["-c", Launcher, "rabbitmq-launcher"], logFile)
        {
            Environment = Environment(directory),
            StopSignal = ProcessSignal.Terminate, // rabbitmq-server turns SIGTERM into a clean node stop
        };

    /// <summary>Ready when rabbitmqctl await_startup succeeds, AMQP greets and the management API answers.</summary>
    protected override async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (!nodeStarted)
        {
            // each rabbitmqctl boots an Erlang VM: only ask once the node's distribution port is open
            if (!await LoopbackPort.AcceptsConnectionsAsync(DistributionPort, cancellationToken))
            {
                return false;
            }

            var outcome = await RunCtlAsync(["await_startup"], cancellationToken);
            if (outcome.ExitCode == NodeUnavailable)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(400), cancellationToken);
                return false;
            }

            nodeStarted = outcome.Succeeded
                ? true
                : throw new IOException($"rabbitmqctl await_startup failed with status {outcome.ExitCode}: {outcome.Output.Trim()}");
        }

        return await AmqpGreetsAsync(cancellationToken) && await ManagementAnswersAsync(cancellationToken);
    }

    private async Task<bool> AmqpGreetsAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, AmqpPort, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), cancellationToken);
        var frame = new byte[7];
        var read = await stream.ReadAsync(frame, cancellationToken);
        return read > 0 && frame[0] == 1; // a method frame: connection.start
    }

    private async Task<bool> ManagementAnswersAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ManagementUri, "api/overview"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        using var response = await Http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private Dictionary<string, string?> Environment(string directory)
    {
        const string loopbackDistribution = "-kernel inet_dist_use_interface {127,0,0,1}";
        return new Dictionary<string, string?>
        {
            ["HOME"] = Path.Combine(directory, "home"), // the Erlang cookie lives here
            ["RABBITMQ_SERVER"] = Tool("rabbitmq-server"),
            ["EPMD"] = epmd,
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = $"{AmqpPort}",
            ["RABBITMQ_DIST_PORT"] = $"{DistributionPort}",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_LOGS"] = "-", // to the console, which is the log file
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"), // not /etc/rabbitmq's
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["ERL_EPMD_PORT"] = $"{EpmdPort}",
            ["ERL_FLAGS"] = "-start_epmd false", // a VM that started epmd would daemonise it outside our process group
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = loopbackDistribution,
            ["RABBITMQ_CTL_ERL_ARGS"] = loopbackDistribution,
        };
    }

    private string Tool(string name) => Path.Combine(binDirectory, name);
}
