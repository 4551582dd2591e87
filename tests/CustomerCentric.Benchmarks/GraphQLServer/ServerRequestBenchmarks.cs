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
/// request parsing, document cache, execution, response writing) without sockets and Kestrel.
/// Run: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*ServerRequest*'
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
    private GraphQLRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = ServerWorkload.Load();
        _executor = new GraphQLExecutor(_workload.CreateSchema());
        _request = new GraphQLRequest { Query = _workload.Query, OperationName = "CustomerPage", Variables = _workload.Variables };
        _body = Encoding.UTF8.GetBytes(_workload.RequestBody);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddGraphQLServer(_workload.CreateSchema());
        _services = services.BuildServiceProvider();
        _endpoint = _services.GetRequiredService<GraphQLHttpEndpoint>();

        var expected = _workload.ResponseBytes();
        if (ExecuteAndWrite() != expected.Length || HttpEndpoint().Result != expected.Length)
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
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Headers.Accept = "application/graphql-response+json";
        context.Request.ContentLength = _body.Length;
        context.Request.Body = new MemoryStream(_body, writable: false);
        _response.SetLength(0);
        context.Response.Body = _response;
        await _endpoint.HandleAsync(context);
        return context.Response.StatusCode == StatusCodes.Status200OK ? (int)_response.Length : -1;
    }

    private static ExecutionResult Complete(ValueTask<ExecutionResult> execution) =>
        execution.IsCompletedSuccessfully ? execution.Result : throw new InvalidOperationException("The workload must execute synchronously.");
}
