using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using CustomerCentric.GraphQL.AspNetCore;
using CustomerCentric.GraphQL.AspNetCore.Http;
using CustomerCentric.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>
/// The per-request costs behind the load benchmark, one component at a time, on its workload (20 customers x 3 touchpoints):
/// the engine's execution alone, execution plus UTF-8 JSON, and the whole HTTP endpoint on an in-memory request (body read,
/// request parsing, document cache, execution, response writing) without sockets and Kestrel, beside the ceiling's endpoint on
/// the same in-memory request. Run: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*ServerRequest*'
/// (or, for a sampling profiler such as perf, <c>-- graphql-server-loop ExecuteAndWrite|HttpEndpoint [seconds]</c>).
/// </summary>
[MemoryDiagnoser]
public class ServerRequestBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private readonly MemoryStream _response = new(64 * 1024);
    private ServerWorkload _workload = null!;
    private GraphQLExecutor _executor = null!;
    private GraphQLHttpEndpoint _endpoint = null!;
    private ServiceProvider _services = null!;
    private byte[] _body = null!;
    private byte[] _expected = null!;
    private GraphQLRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = ServerWorkload.Load();
        _body = Encoding.UTF8.GetBytes(_workload.RequestBody);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        _workload.AddServices(services);
        services.AddGraphQLServer(_workload.ConfigureSchema);
        _services = services.BuildServiceProvider();
        _executor = new GraphQLExecutor(_workload.CreateSchema(), new GraphQLExecutorOptions { EagerJson = true });
        _request = new GraphQLRequest { Query = _workload.Query, OperationName = "CustomerPage", Variables = _workload.Variables, RequestServices = _services };
        _endpoint = _services.GetRequiredService<GraphQLHttpEndpoint>();

        _expected = _workload.ResponseBytes();
        if (ExecuteAndWrite() != _expected.Length || HttpEndpoint().Result != _expected.Length || CeilingEndpoint().Result != _expected.Length)
        {
            throw new InvalidOperationException("The components do not write the load benchmark's response.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>Execution of the cached document with the request's variables, without JSON.</summary>
    [Benchmark]
    public int Execute() => Complete(_executor.ExecuteAsync(_request)).Data?.Count ?? -1;

    /// <summary>Execution and the response as UTF-8 JSON.</summary>
    [Benchmark]
    public int ExecuteAndWrite()
    {
        _output.ResetWrittenCount();
        Complete(_executor.ExecuteAsync(_request)).WriteTo(_output);
        return _output.WrittenCount;
    }

    /// <summary>The endpoint's whole work for one POST: what the server adds to Kestrel's own per-request costs.</summary>
    [Benchmark]
    public async Task<int> HttpEndpoint()
    {
        var context = CreateContext();
        await _endpoint.HandleAsync(context);
        return context.Response.StatusCode == StatusCodes.Status200OK ? (int)_response.Length : -1;
    }

    /// <summary>The load benchmark's ceiling on the same in-memory request: read the body, write the response bytes.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> CeilingEndpoint()
    {
        var context = CreateContext();
        var reader = context.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync();
            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                break;
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await context.Response.BodyWriter.WriteAsync(_expected);
        await context.Response.BodyWriter.FlushAsync();
        return (int)_response.Length;
    }

    /// <summary>Runs one component for <paramref name="duration"/>, for a profiler attached from outside.</summary>
    public static async Task<int> LoopAsync(string component, TimeSpan duration)
    {
        var benchmarks = new ServerRequestBenchmarks();
        benchmarks.Setup();
        Func<Task<int>> run = component switch
        {
            nameof(ExecuteAndWrite) => () => Task.FromResult(benchmarks.ExecuteAndWrite()),
            nameof(HttpEndpoint) => benchmarks.HttpEndpoint,
            _ => throw new ArgumentException($"Unknown component {component}: use {nameof(ExecuteAndWrite)} or {nameof(HttpEndpoint)}."),
        };
        Console.WriteLine($"looping {component} for {duration.TotalSeconds:N0} s, process {Environment.ProcessId}");
        var end = DateTime.UtcNow + duration;
        var count = 0;
        while (DateTime.UtcNow < end)
        {
            for (var i = 0; i < 1000; i++)
            {
                await run();
            }

            count += 1000;
        }

        Console.WriteLine($"{count:N0} runs, {duration.TotalMicroseconds / count:N1} us each");
        benchmarks.Cleanup();
        return 0;
    }

    private DefaultHttpContext CreateContext()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Headers.Accept = "application/graphql-response+json";
        context.Request.ContentLength = _body.Length;
        context.Request.Body = new MemoryStream(_body, writable: false);
        _response.SetLength(0);
        context.Response.Body = _response;
        return context;
    }

    private static ExecutionResult Complete(ValueTask<ExecutionResult> execution) =>
        execution.IsCompletedSuccessfully ? execution.Result : throw new InvalidOperationException("The workload must execute synchronously.");
}
