using System.Diagnostics;
using System.Text.Json;

namespace CustomerCentric.Hosting.Tests;

/// <summary>The promise that matters most: when the owner dies by SIGKILL, nothing it started survives.</summary>
public sealed class OwnerKillTests
{
    private static readonly TimeSpan Allowed = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Killing_the_owner_ends_every_server_process_and_closes_every_port()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var owner = StartOwner();
        var report = await ReadReportAsync(owner, cancellationToken);

        var servers = report.GetProperty("servers").EnumerateArray().Select(server => new
        {
            Name = server.GetProperty("name").GetString()!,
            Ports = server.GetProperty("ports").EnumerateArray().Select(port => port.GetInt32()).ToList(),
            Directory = server.GetProperty("directory").GetString(),
            Processes = ProcessTable.Supervised(server.GetProperty("supervisorPid").GetInt32(), server.GetProperty("pid").GetInt32()),
        }).ToDictionary(server => server.Name);
        foreach (var server in servers.Values)
        {
            TestContext.Current.SendDiagnosticMessage($"{server.Name}:\n  {string.Join("\n  ", server.Processes)}");
        }

        // what must be among the victims, so that the test cannot pass by recording too little
        Assert.Contains(servers["redis"].Processes, entry => entry.Name == "redis-server");
        Assert.Contains(servers["rabbitmq"].Processes, entry => entry.Name == "epmd");
        Assert.Contains(servers["rabbitmq"].Processes, entry => entry.Name == "beam.smp");
        Assert.Contains(servers["rabbitmq"].Processes, entry => entry.Name == "erl_child_setup"); // in a session of its own
        Assert.Contains(servers["postgres"].Processes, entry => entry.CommandLine.Contains("checkpointer"));
        Assert.Contains(servers["postgres"].Processes, entry => entry.CommandLine.Contains("127.0.0.1(")); // a client backend
        Assert.Contains(servers["psql"].Processes, entry => entry.Name == "psql");
        var ports = servers.Values.SelectMany(server => server.Ports).ToList();
        Assert.Equal(6, ports.Count);
        foreach (var port in ports)
        {
            Assert.True(await LoopbackPort.AcceptsConnectionsAsync(port, cancellationToken), $"port {port} was not open before the kill");
        }

        var clock = Stopwatch.StartNew();
        owner.Kill(); // SIGKILL: no finally block, no dispose, no handler runs in the owner
        var survivors = servers.Values.SelectMany(server => server.Processes).ToList();
        while (survivors.Count > 0 && clock.Elapsed < Allowed)
        {
            await Task.Delay(50, cancellationToken);
            survivors = survivors.Where(entry => entry.IsRunning).ToList();
        }

        var processesGone = clock.Elapsed;
        Assert.True(survivors.Count == 0, $"still running {Allowed.TotalSeconds} s after the kill:\n{string.Join('\n', survivors)}");
        foreach (var port in ports)
        {
            Assert.False(await LoopbackPort.AcceptsConnectionsAsync(port, cancellationToken), $"port {port} still accepts connections");
        }

        Assert.All(servers.Values.Select(server => server.Directory).OfType<string>(),
            directory => Assert.False(Directory.Exists(directory), $"{directory} was left behind"));
        TestContext.Current.SendDiagnosticMessage($"all {servers.Values.Sum(server => server.Processes.Count)} processes gone {processesGone.TotalMilliseconds:0} ms after SIGKILL");
    }

    private static Process StartOwner()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, // kept open: the owner stops cleanly at its end, which must not happen here
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CustomerCentric.Hosting.TestOwner.dll"));
        return Process.Start(info)!;
    }

    private static async Task<JsonElement> ReadReportAsync(Process owner, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var line = await owner.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            Assert.Fail($"the owner ended without a report: {await owner.StandardError.ReadToEndAsync(cancellationToken)}");
        }

        return JsonDocument.Parse(line).RootElement.Clone();
    }
}
