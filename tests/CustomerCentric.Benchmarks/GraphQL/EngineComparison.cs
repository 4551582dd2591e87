using System.Globalization;
using BenchmarkDotNet.Reports;

namespace CustomerCentric.Benchmarks.GraphQL;

/// <summary>
/// After BenchmarkDotNet measured <see cref="GraphQLEngineBenchmarks"/>, times graphql-js on the same workload in the same run
/// (node runs alone, after the .NET measurements) and prints both side by side with the ratios.
/// </summary>
public static class EngineComparison
{
    public static void PrintIfMeasured(IEnumerable<Summary> summaries)
    {
        var reports = summaries.SelectMany(summary => summary.Reports)
            .Where(report => report.BenchmarkCase.Descriptor.Type == typeof(GraphQLEngineBenchmarks) && report.ResultStatistics is not null)
            .ToDictionary(report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name);
        if (reports.Count == 0)
        {
            return;
        }

        var workload = EngineWorkload.Load();
        Console.WriteLine();
        Console.WriteLine("Timing graphql-js on the same workload ...");
        var js = GraphQLJsEngine.Measure(workload);
        Console.WriteLine();
        Console.WriteLine($"GraphQL engine workload: {js.QueryBytes:N0}-byte query, {js.ResultFields:N0} result fields, {js.ResponseBytes:N0}-byte response");
        Console.WriteLine($"graphql-js: {js.Engine}, {js.Whole.Iterations:N0} timed iterations after warm-up");
        Console.WriteLine();
        Console.WriteLine("| path                                   | ours mean | ours median | ours allocated | graphql-js mean | graphql-js median | ratio (mean) | ratio (median) |");
        Console.WriteLine("|----------------------------------------|----------:|------------:|---------------:|----------------:|------------------:|-------------:|---------------:|");
        Row("whole path, cold (no document cache)", reports.GetValueOrDefault(nameof(GraphQLEngineBenchmarks.Cold)), js.Whole);
        Row("whole path, document cache", reports.GetValueOrDefault(nameof(GraphQLEngineBenchmarks.Cached)), js.Whole);
        Row("execution only", reports.GetValueOrDefault(nameof(GraphQLEngineBenchmarks.ExecuteOnly)), js.Execute);
        Console.WriteLine();
        Console.WriteLine("Whole path: parse + validate + execute + JSON (ours: UTF-8 bytes, graphql-js: JSON.stringify). Aims: 10x cold, 15x cached.");
    }

    private static void Row(string name, BenchmarkReport? report, GraphQLJsTimings.Sample js)
    {
        if (report?.ResultStatistics is not { } statistics)
        {
            return;
        }

        var meanUs = statistics.Mean / 1000;
        var medianUs = statistics.Median / 1000;
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name,-38} | {meanUs,6:N1} us | {medianUs,8:N1} us | {(allocated is { } bytes ? $"{bytes / 1024.0:N1} KB" : "?"),14} | {js.MeanUs,12:N1} us | {js.MedianUs,14:N1} us | {js.MeanUs / meanUs,11:N1}x | {js.MedianUs / medianUs,13:N1}x |"));
    }
}
