using BenchmarkDotNet.Running;
using CustomerCentric.Benchmarks.GraphQL;

// Run one benchmark class with: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*RulesEngine*'
// The GraphQL engine against graphql-js in a few minutes: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- graphql-engine
// (one launch, 3 warm-up and 10 measured iterations: enough on a busy 2-core machine, far shorter than the default job).
string[] switcherArgs = args is ["graphql-engine", .. var rest]
    ? ["--filter", "*GraphQLEngine*", "--launchCount", "1", "--warmupCount", "3", "--iterationCount", "10", .. rest]
    : args;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs);
EngineComparison.PrintIfMeasured(summaries);
