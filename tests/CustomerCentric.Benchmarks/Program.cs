using BenchmarkDotNet.Running;

// Run one benchmark class with: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*RulesEngine*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
