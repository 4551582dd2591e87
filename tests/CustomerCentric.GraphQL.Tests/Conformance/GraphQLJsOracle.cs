using System.Diagnostics;
using System.Text.Json;

namespace CustomerCentric.GraphQL.Tests.Conformance;

/// <summary>Runs tests/js/graphql-js-oracle.mjs (graphql-js 16.15 on Node): once over all cases per test run, and for client schemas.</summary>
public static class GraphQLJsOracle
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonElement>>> LazyResponses = new(RunCasesAsync);
    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonElement>>> LazySdlValidations = new(ValidateSdlCasesAsync);

    /// <summary>graphql-js's response for every "case/operation".</summary>
    public static Task<IReadOnlyDictionary<string, JsonElement>> ResponsesAsync() => LazyResponses.Value;

    /// <summary>graphql-js's <c>printSchema(buildClientSchema(introspection))</c>.</summary>
    public static Task<string> PrintClientSchemaAsync(string introspectionResponse) => RunAsync(["--client-schema"], introspectionResponse);

    /// <summary>graphql-js's <c>validateSDL</c> answer (<c>{ errors }</c>) for every SDL case file, by file name.</summary>
    public static Task<IReadOnlyDictionary<string, JsonElement>> SdlValidationsAsync() => LazySdlValidations.Value;

    private static Task<IReadOnlyDictionary<string, JsonElement>> RunCasesAsync() => RunToDictionaryAsync(ConformanceCorpus.CaseDirectories);

    private static Task<IReadOnlyDictionary<string, JsonElement>> ValidateSdlCasesAsync() =>
        RunToDictionaryAsync(["--validate-sdl", .. ConformanceCorpus.SdlCaseFiles]);

    private static async Task<IReadOnlyDictionary<string, JsonElement>> RunToDictionaryAsync(IEnumerable<string> arguments)
    {
        var output = await RunAsync(arguments, null);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.Clone());
    }

    private static async Task<string> RunAsync(IEnumerable<string> arguments, string? input)
    {
        var jsDirectory = Path.Combine(ConformanceCorpus.RepositoryRoot, "tests", "js");
        if (!Directory.Exists(Path.Combine(jsDirectory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed: run `npm ci` in {jsDirectory} (eng/test.sh does).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = jsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(jsDirectory, "graphql-js-oracle.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"graphql-js-oracle.mjs exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
