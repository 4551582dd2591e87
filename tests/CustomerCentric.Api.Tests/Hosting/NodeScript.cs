using System.Diagnostics;
using CustomerCentric.Api.Tests.Schema;

namespace CustomerCentric.Api.Tests.Hosting;

/// <summary>A script in tests/js run with node (npm packages from `npm ci` there), its output read line by line.</summary>
public sealed class NodeScript : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _errors;

    private NodeScript(Process process)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
    }

    public static NodeScript Start(string script, params string[] arguments)
    {
        var jsDirectory = Path.Combine(SchemaSnapshotTests.RepositoryRoot(), "tests", "js");
        if (!Directory.Exists(Path.Combine(jsDirectory, "node_modules", "graphql-ws")))
        {
            throw new InvalidOperationException($"graphql-ws is not installed: run `npm ci` in {jsDirectory} (eng/test.sh does).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = jsDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new NodeScript(Process.Start(start) ?? throw new InvalidOperationException("Could not start node."));
    }

    /// <summary>The next line the script prints; fails with its stderr when it ends first or <paramref name="timeout"/> passes.</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The script printed nothing within {timeout}.");
        }

        if (line is null)
        {
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
            throw new InvalidOperationException($"The script ended with exit code {_process.ExitCode}: {await _errors}");
        }

        return line;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
