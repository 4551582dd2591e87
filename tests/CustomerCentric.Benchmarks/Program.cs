using BenchmarkDotNet.Running;
using System.Globalization;
using CustomerCentric.Benchmarks.GraphQL;
using CustomerCentric.Benchmarks.GraphQLServer;
using CustomerCentric.Benchmarks.Worker;

// Run one benchmark class with: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*RulesEngine*'
// The GraphQL engine against graphql-js in a few minutes: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- graphql-engine
// (one launch, 10 warm-up and 10 measured iterations: far shorter than the default job; the cold path's iterations are short,
// and with only 3 warm-ups its parser and validation rules were still being recompiled by tiered JIT during the measured ones).
// The GraphQL server under load against graphql-js + graphql-http and the ceiling (wrk): ... -- graphql-server [--duration 10]
if (args is ["graphql-server", .. var loadArgs])
{
    return await ServerLoadBenchmark.RunAsync(loadArgs);
}

if (args is ["graphql-server-host", var kind, var port])
{
    return await BenchmarkHost.RunAsync(kind, int.Parse(port, CultureInfo.InvariantCulture));
}

// One component of the server's request in a loop for a sampling profiler (perf with DOTNET_PerfMapEnabled=1):
// ... -- graphql-server-loop ExecuteAndWrite|HttpEndpoint [seconds]
if (args is ["graphql-server-loop", var component, .. var loopArgs])
{
    return await ServerRequestBenchmarks.LoopAsync(component, TimeSpan.FromSeconds(loopArgs is [var seconds] ? int.Parse(seconds, CultureInfo.InvariantCulture) : 20));
}

// One path of the GraphQL engine in a loop for a profiler or counter: ... -- graphql-engine-loop Cold|Cached|ExecuteOnly [runs]
if (args is ["graphql-engine-loop", var path, .. var engineLoopArgs])
{
    return GraphQLEngineBenchmarks.Loop(path, engineLoopArgs is [var runs] ? int.Parse(runs, CultureInfo.InvariantCulture) : 50_000);
}

// The worker against raw RabbitMQ.Client on fresh local servers: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- worker-throughput
if (args is [WorkerThroughputBenchmark.Argument])
{
    await WorkerThroughputBenchmark.RunAsync(CancellationToken.None);
    return 0;
}

string[] switcherArgs = args is ["graphql-engine", .. var rest]
    ? ["--filter", "*GraphQLEngine*", "--launchCount", "1", "--warmupCount", "10", "--iterationCount", "10", .. rest]
    : args;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(EngineComparison).Assembly).Run(switcherArgs);
EngineComparison.PrintIfMeasured(summaries);
return 0;
