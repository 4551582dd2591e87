using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>
/// One server of the load benchmark in its own child process on a free loopback port: started, waited for until it prints
/// "listening", stopped by closing its standard input (and killed if it does not go).
/// </summary>
public sealed class ServerUnderLoad : IDisposable
{
    private readonly Process _process;
    private Task<string>? _output;
    private TimeSpan _cpuAtMark;
    private bool _stopped;

    private ServerUnderLoad(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
    }

    public string Name { get; }

    public Uri Endpoint { get; }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/>, where "{port}" becomes the chosen port.</summary>
    public static ServerUnderLoad Start(string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument.Replace("{port}", $"{port}", StringComparison.Ordinal));
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        var server = new ServerUnderLoad(name, process, port);
        var errors = process.StandardError.ReadToEndAsync();
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(60)) || ready.Result?.StartsWith("listening", StringComparison.Ordinal) != true)
        {
            server.Dispose();
            throw new InvalidOperationException($"{name} did not start: {ready.Result ?? "(no output)"} {(errors.IsCompleted ? errors.Result : "")}");
        }

        // Read what it prints later (its GC figures at the end), so a full pipe never blocks it.
        server._output = process.StandardOutput.ReadToEndAsync();
        return server;
    }

    /// <summary>Tells the server that the measured run starts (the .NET hosts count GC work from here, and so does <see cref="CpuSinceMark"/>).</summary>
    public void MarkMeasuredRun()
    {
        _process.StandardInput.WriteLine("mark");
        _process.StandardInput.Flush();
        _process.Refresh();
        _cpuAtMark = _process.TotalProcessorTime;
    }

    /// <summary>
    /// The processor time (user and kernel, all threads) the server used since <see cref="MarkMeasuredRun"/>: divided by the
    /// requests it is the cost of one request, which moves less than requests per second when other work shares the machine.
    /// </summary>
    public TimeSpan CpuSinceMark()
    {
        _process.Refresh();
        return _process.TotalProcessorTime - _cpuAtMark;
    }

    /// <summary>Stops the server and returns the GC line a .NET host printed, or null.</summary>
    public string? Stop()
    {
        Dispose();
        var output = _output is { } pending && pending.Wait(TimeSpan.FromSeconds(5)) ? pending.Result : "";
        return output.Split('\n').FirstOrDefault(line => line.StartsWith("gc ", StringComparison.Ordinal))?[3..];
    }

    public void Dispose()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
