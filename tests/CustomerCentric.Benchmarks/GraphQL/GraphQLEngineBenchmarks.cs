using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Tests.Conformance;

namespace CustomerCentric.Benchmarks.GraphQL;

/// <summary>
/// The engine's whole request path on the shared workload (a ~2 KB query giving ~2,400 result fields), without and with the
/// document cache, and execution alone for reference; <see cref="EngineComparison"/> then times graphql-js on the same workload.
/// Setup checks that both engines give the same response, so the comparison cannot compare different work.
/// Run: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- graphql-engine   (a short job; or --filter '*GraphQLEngine*').
/// </summary>
[MemoryDiagnoser]
public class GraphQLEngineBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(128 * 1024);
    private EngineWorkload _workload = null!;
    private GraphQLExecutor _withoutCache = null!;
    private GraphQLExecutor _withCache = null!;
    private ExecutionRequest _parsedRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = EngineWorkload.Load();
        _withoutCache = new GraphQLExecutor(_workload.Schema, new GraphQLExecutorOptions { RootValue = _workload.RootValue, DocumentCacheSize = 0 });
        _withCache = new GraphQLExecutor(_workload.Schema, new GraphQLExecutorOptions { RootValue = _workload.RootValue });
        _parsedRequest = new ExecutionRequest
        {
            Schema = _workload.Schema,
            Document = Parser.Parse(_workload.Query),
            VariableValues = _workload.Variables,
            RootValue = _workload.RootValue,
        };

        Cold();
        var ours = Encoding.UTF8.GetString(_output.WrittenSpan);
        var theirs = GraphQLJsEngine.Response(_workload);
        if (JsonComparison.FirstDifference(JsonNode.Parse(theirs), JsonNode.Parse(ours)) is { } difference)
        {
            throw new InvalidOperationException($"The engines answer the workload differently, {difference}");
        }

        if (JsonNode.Parse(ours)?["errors"] is not null)
        {
            throw new InvalidOperationException($"The workload failed: {ours}");
        }

        Cached();
    }

    /// <summary>A fresh request through an executor without document cache: parse, validate, execute, write UTF-8 JSON.</summary>
    [Benchmark]
    public int Cold() => Run(_withoutCache);

    /// <summary>The same with the document cache: the document is parsed and validated once, then found by its text.</summary>
    [Benchmark]
    public int Cached() => Run(_withCache);

    /// <summary>Execution of a document parsed beforehand, without writing JSON (what graphql-js's "execute" figure times).</summary>
    [Benchmark]
    public int ExecuteOnly()
    {
        var result = Complete(Executor.ExecuteAsync(_parsedRequest));
        return result.Data?.Count ?? -1;
    }

    /// <summary>
    /// One path in a loop for a sampling profiler (perf with DOTNET_PerfMapEnabled=1) or a counter (perf stat -e instructions),
    /// where BenchmarkDotNet's figures say how long but not where: ... -- graphql-engine-loop Cold|Cached|ExecuteOnly [runs]
    /// (3,000 runs of warm-up first; the difference between two run counts is the path's own share of a counter).
    /// </summary>
    public static int Loop(string path, int runs)
    {
        var benchmarks = new GraphQLEngineBenchmarks();
        benchmarks.Setup();
        Func<int> run = path switch
        {
            nameof(Cold) => benchmarks.Cold,
            nameof(Cached) => benchmarks.Cached,
            nameof(ExecuteOnly) => benchmarks.ExecuteOnly,
            _ => throw new ArgumentException($"Unknown path {path}: use {nameof(Cold)}, {nameof(Cached)} or {nameof(ExecuteOnly)}."),
        };
        for (var i = 0; i < 3_000; i++)
        {
            run();
        }

        // Batches of 200: on a shared machine the fastest and the median batch say more than the mean of one long stretch.
        const int Batch = 200;
        var batches = new List<double>();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var done = 0; done < runs; done += Batch)
        {
            var batch = Stopwatch.StartNew();
            for (var i = 0; i < Batch; i++)
            {
                run();
            }

            batches.Add(batch.Elapsed.TotalMicroseconds / Batch);
        }

        batches.Sort();
        Console.WriteLine(batches.Count == 0
            ? $"{path}: warm-up only"
            : $"{path}: {batches.Count * Batch:N0} runs, {wall.Elapsed.TotalMicroseconds / (batches.Count * Batch):N1} us each, "
                + $"batches fastest {batches[0]:N1} us, median {batches[batches.Count / 2]:N1} us, "
                + $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / (batches.Count * Batch):N1} KB allocated each");
        return 0;
    }

    private int Run(GraphQLExecutor executor)
    {
        _output.ResetWrittenCount();
        Complete(executor.ExecuteAsync(_workload.CreateRequest())).WriteTo(_output);
        return _output.WrittenCount;
    }

    // Default resolvers over in-memory data complete synchronously; anything else would measure the thread pool.
    private static ExecutionResult Complete(ValueTask<ExecutionResult> execution) =>
        execution.IsCompletedSuccessfully ? execution.Result : throw new InvalidOperationException("The workload must execute synchronously.");
}
