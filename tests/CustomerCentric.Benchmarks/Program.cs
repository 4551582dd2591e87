using BenchmarkDotNet.Running;
using CustomerCentric.Benchmarks.GraphQL;

// Run one benchmark class with: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*RulesEngine*'
// The GraphQL engine against graphql-js, with a short job: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- graphql-engine
string[] switcherArgs = args is ["graphql-engine", .. var rest] ? ["--filter", "*GraphQLEngine*", "--job", "short", .. rest] : args;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs);
EngineComparison.PrintIfMeasured(summaries);
