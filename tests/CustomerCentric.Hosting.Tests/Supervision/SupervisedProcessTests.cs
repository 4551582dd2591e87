using System.Diagnostics;
using CustomerCentric.Hosting.Supervision;

namespace CustomerCentric.Hosting.Tests.Supervision;

public sealed class SupervisedProcessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("customercentric-supervision-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Run_returns_the_exit_status_and_output_and_removes_its_log()
    {
        var log = Path.Combine(folder, "run.log");

        var outcome = await SupervisedProcess.RunAsync(
            new ProcessSpec("/bin/bash", ["-c", "echo out; echo err >&2; exit 7"], log), TestContext.Current.CancellationToken);

        Assert.Equal(7, outcome.ExitCode);
        Assert.Equal("out\nerr\n", outcome.Output);
        Assert.False(File.Exists(log));
    }

    [Fact]
    public async Task The_program_leads_its_own_process_group_in_the_supervisors_session()
    {
        await using var process = await SupervisedProcess.StartAsync(Sleep("group.log"), TestContext.Current.CancellationToken);

        var program = ProcessTable.Read(process.ProcessId)!;
        var supervisor = ProcessTable.Read(process.SupervisorProcessId)!;
        Assert.Equal(process.ProcessId, program.GroupId);
        Assert.Equal(process.SupervisorProcessId, program.SessionId);
        Assert.Equal(process.SupervisorProcessId, supervisor.SessionId);
        Assert.NotEqual(Environment.ProcessId, supervisor.SessionId);
    }

    [Fact]
    public async Task Supervisors_do_not_inherit_each_others_pipes()
    {
        // a supervisor holding the write end of another's stdin would keep that one alive after its owner died
        await using var first = await SupervisedProcess.StartAsync(Sleep("first.log"), TestContext.Current.CancellationToken);
        await using var second = await SupervisedProcess.StartAsync(Sleep("second.log"), TestContext.Current.CancellationToken);

        var firstStdin = new FileInfo($"/proc/{first.SupervisorProcessId}/fd/0").LinkTarget;
        var secondDescriptors = Directory.GetFiles($"/proc/{second.SupervisorProcessId}/fd").Select(link => new FileInfo(link).LinkTarget);
        var programDescriptors = Directory.GetFiles($"/proc/{second.ProcessId}/fd").Select(link => new FileInfo(link).LinkTarget);

        Assert.StartsWith("pipe:[", firstStdin);
        Assert.DoesNotContain(firstStdin, secondDescriptors);
        Assert.DoesNotContain(firstStdin, programDescriptors);
    }

    [Fact]
    public async Task Stop_delivers_the_stop_signal()
    {
        var process = await SupervisedProcess.StartAsync(
            // `wait` (a builtin) returns at once for a trapped signal; a foreground `sleep` would leave the trap to bash's
            // wait-and-cooperative-exit rules for SIGINT, which can skip it when the child itself exits normally.
            new ProcessSpec("/bin/bash", ["-c", "trap 'echo got INT; exit 0' INT; echo trapping; while true; do sleep 0.1 & wait $!; done"],
                Path.Combine(folder, "int.log"))
            {
                StopSignal = ProcessSignal.Interrupt,
            },
            TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => File.ReadAllText(process.LogFile).Contains("trapping"));

        await process.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, await process.Exited);
        Assert.Contains("got INT", File.ReadAllText(process.LogFile));
    }

    [Fact]
    public async Task A_program_that_ignores_its_stop_signal_is_killed_after_the_grace_with_its_children()
    {
        var process = await SupervisedProcess.StartAsync(
            new ProcessSpec("/bin/bash", ["-c", "trap '' TERM INT; setsid sleep 600 & sleep 600"], Path.Combine(folder, "stubborn.log"))
            {
                StopGrace = TimeSpan.FromSeconds(1),
            },
            TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => ProcessTable.Supervised(process.SupervisorProcessId, process.ProcessId).Count(entry => entry.Name == "sleep") == 2);
        var processes = ProcessTable.Supervised(process.SupervisorProcessId, process.ProcessId);
        var clock = Stopwatch.StartNew();

        await process.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(137, await process.Exited); // 128 + SIGKILL
        Assert.DoesNotContain(processes, entry => entry.IsRunning);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Cancelling_a_run_ends_the_program()
    {
        var pidFile = Path.Combine(folder, "cancelled.pid");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = SupervisedProcess.RunAsync(
            new ProcessSpec("/bin/bash", ["-c", $"echo $$ > {pidFile}; exec sleep 600"], Path.Combine(folder, "cancelled.log")), cancel.Token);
        await WaitUntilAsync(() => File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n'));

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ProcessTable.Read(pid) is null or { State: 'Z' }, $"{pid} still runs");
    }

    private ProcessSpec Sleep(string log) => new("/bin/sleep", ["600"], Path.Combine(folder, log));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
