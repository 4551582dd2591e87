using BenchmarkDotNet.Attributes;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Validation;

namespace CustomerCentric.Benchmarks.GraphQL;

/// <summary>
/// The parts of the cold path that the document cache saves (<see cref="GraphQLEngineBenchmarks.Cold"/> minus
/// <see cref="GraphQLEngineBenchmarks.Cached"/>), each on its own, on the same workload: parsing, validation, and the
/// execution plans (fields collected per selection and type) a fresh document needs on its first execution.
/// Run: dotnet run -c Release --project tests/CustomerCentric.Benchmarks -- --filter '*DocumentPreparation*'
/// </summary>
[MemoryDiagnoser]
public class DocumentPreparationBenchmarks
{
    private readonly ParserOptions _parserOptions = new GraphQLExecutorOptions().Parser;
    private EngineWorkload _workload = null!;
    private DocumentNode _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = EngineWorkload.Load();
        _document = Parser.Parse(new Source(_workload.Query), _parserOptions);
        if (DocumentValidator.Validate(_workload.Schema, _document) is [var first, ..])
        {
            throw new InvalidOperationException($"The workload is invalid: {first.Message}");
        }
    }

    /// <summary>The query text to a document, with the executor's parser limits.</summary>
    [Benchmark]
    public int Parse() => Parser.Parse(new Source(_workload.Query), _parserOptions).Definitions.Count;

    /// <summary>The specified rules on a document parsed beforehand.</summary>
    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_workload.Schema, _document).Count;

    /// <summary>
    /// A freshly parsed (unvalidated) document executed: parsing, planning and execution. Minus <see cref="Parse"/> and
    /// <see cref="GraphQLEngineBenchmarks.ExecuteOnly"/> (whose plans are kept from earlier runs), what planning costs.
    /// </summary>
    [Benchmark]
    public int ParseAndExecute()
    {
        var execution = Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = _workload.Schema,
            Document = Parser.Parse(new Source(_workload.Query), _parserOptions),
            VariableValues = _workload.Variables,
            RootValue = _workload.RootValue,
        });
        return execution.IsCompletedSuccessfully ? execution.Result.Data?.Count ?? -1 : throw new InvalidOperationException("The workload must execute synchronously.");
    }
}
