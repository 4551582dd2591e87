using System.Diagnostics;
using System.Text.Json;
using CustomerCentric.AppHost.Tests.Stack;
using CustomerCentric.Hosting;
using CustomerCentric.Hosting.Tests;

namespace CustomerCentric.AppHost.Tests.Lifecycle;

/// <summary>The AppHost as a process: SIGKILL leaves nothing behind; SIGTERM stops everything in reverse order within seconds.</summary>
public sealed class AppHostProcessTests
{
    [Fact]
    public async Task Killing_the_AppHost_with_SIGKILL_ends_every_process_of_every_resource()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (appHost, endpoints) = await AppHostProcess.StartAsync(cancellationToken);
        using (appHost)
        {
            var processes = EveryProcess(endpoints);
            var ports = ProcessTable.ListeningEndpoints(processes.Select(entry => entry.Pid)).Select(endpoint => endpoint.Port).Distinct().ToList();
            // what must be among the victims, so that the test cannot pass by recording too little
            Assert.Contains(processes, entry => entry.Name == "redis-server");
            Assert.Contains(processes, entry => entry.Name == "beam.smp");
            Assert.Contains(processes, entry => entry.Name == "postgres");
            Assert.Equal(3, processes.Count(entry => entry.Name == "dotnet" && (entry.CommandLine.Contains("CustomerCentric.Api.dll") || entry.CommandLine.Contains("CustomerCentric.Worker.dll") || entry.CommandLine.Contains("CustomerCentric.Admin.dll"))));
            Assert.True(ports.Count >= 6, $"expected the servers' and services' ports, found {string.Join(", ", ports)}");

            var clock = Stopwatch.StartNew();
            appHost.Process.Kill(); // SIGKILL: no handler, no finally block runs in the AppHost
            var survivors = await StackProcesses.WaitUntilGoneAsync(processes, TimeSpan.FromSeconds(15), cancellationToken);

            Assert.True(survivors.Count == 0, $"still running {clock.Elapsed.TotalSeconds:0.0} s after SIGKILL:\n{string.Join('\n', survivors)}");
            foreach (var port in ports)
            {
                Assert.False(await LoopbackPort.AcceptsConnectionsAsync(port, cancellationToken), $"port {port} still accepts connections");
            }

            TestContext.Current.SendDiagnosticMessage($"{processes.Count} processes gone {clock.Elapsed.TotalSeconds:0.0} s after SIGKILL");
        }
    }

    [Fact]
    public async Task SIGTERM_stops_the_services_before_the_servers_and_ends_within_seconds()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var (appHost, endpoints) = await AppHostProcess.StartAsync(cancellationToken);
        using (appHost)
        {
            var processes = EveryProcess(endpoints);
            var clock = Stopwatch.StartNew();
            Process.Start("kill", ["-TERM", appHost.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
            await appHost.Process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            var stopped = clock.Elapsed;

            Assert.Equal(0, appHost.Process.ExitCode);
            Assert.DoesNotContain(processes, entry => entry.IsRunning);
            Assert.True(stopped < TimeSpan.FromSeconds(20), $"stopping took {stopped.TotalSeconds:0.0} s");
            // the order the AppHost reported: every service stopped before any server it uses
            var output = await appHost.Output;
            var order = output.Split('\n').Where(line => line.StartsWith("apphost", StringComparison.Ordinal) && line.Contains(": Stopped")).Select(line => line.Split('|')[1].Trim().Split(':')[0]).ToList();
            Assert.True(order.IndexOf("worker") < order.IndexOf("rabbitmq"), $"stop order: {string.Join(", ", order)}");
            Assert.True(order.IndexOf("admin") < order.IndexOf("postgres-server"), $"stop order: {string.Join(", ", order)}");
            Assert.True(order.IndexOf("worker") < order.IndexOf("redis"), $"stop order: {string.Join(", ", order)}");
            Assert.True(order.IndexOf("api") < order.IndexOf("rabbitmq"), $"stop order: {string.Join(", ", order)}");
            TestContext.Current.SendDiagnosticMessage($"stopped in {stopped.TotalSeconds:0.0} s, order: {string.Join(", ", order)}");
        }
    }

    /// <summary>Every process the AppHost's resources run: each supervisor's session and its program's descendants, plus the AppHost.</summary>
    private static List<ProcessEntry> EveryProcess(JsonElement endpoints)
    {
        var supervised = endpoints.GetProperty("resources").EnumerateArray()
            .Select(resource => resource.GetProperty("processIds").EnumerateArray().Select(pid => pid.GetInt32()).ToList())
            .Where(pids => pids.Count == 2)
            .Select(pids => (pids[0], pids[1]));
        return [ProcessTable.Read(endpoints.GetProperty("appHostProcessId").GetInt32())!, .. StackProcesses.Of(supervised)];
    }
}
