using BenchmarkDotNet.Running;
using CustomerCentric.Benchmarks.GraphQL;
using CustomerCentric.Benchmarks.Worker;

// Run one benchmark class with: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*RulesEngine*'
// The GraphQL engine against graphql-js in a few minutes: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- graphql-engine
// (one launch, 3 warm-up and 10 measured iterations: enough on a busy 2-core machine, far shorter than the default job).
// The worker against raw RabbitMQ.Client on fresh local servers: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- worker-throughput
if (args is [WorkerThroughputBenchmark.Argument])
{
    await WorkerThroughputBenchmark.RunAsync(CancellationToken.None);
    return;
}

string[] switcherArgs = args is ["graphql-engine", .. var rest]
    ? ["--filter", "*GraphQLEngine*", "--launchCount", "1", "--warmupCount", "3", "--iterationCount", "10", .. rest]
    : args;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(EngineComparison).Assembly).Run(switcherArgs);
EngineComparison.PrintIfMeasured(summaries);
