using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Conformance;

/// <summary>Runs a conformance operation through our pipeline the way the oracle runs it through graphql-js.</summary>
public static class ConformanceRunner
{

    private static readonly ConcurrentDictionary<string, GraphQLExecutor> Executors = new();

    /// <summary>The schema of a case, built from its SDL with pass-through custom scalars (graphql-js's buildSchema).</summary>
    public static GraphQLSchema SchemaOf(string caseDirectory) => ExecutorOf(caseDirectory).Schema;

    /// <summary>Our raw response JSON for "case/operation".</summary>
    public static async Task<string> RunAsync(string operationKey, CancellationToken cancellationToken)
    {
        var (caseName, operation) = Split(operationKey);
        var directory = ConformanceCorpus.DirectoryOf(caseName);
        var variablesFile = Path.Combine(directory, operation + ".variables.json");
        var operationFile = Path.Combine(directory, operation + ".operation.txt");
        var request = new GraphQLRequest
        {
            Query = await File.ReadAllTextAsync(Path.Combine(directory, operation + ".graphql"), cancellationToken),
            Variables = File.Exists(variablesFile) ? JsonDocument.Parse(await File.ReadAllTextAsync(variablesFile, cancellationToken)).RootElement : null,
            OperationName = File.Exists(operationFile) ? (await File.ReadAllTextAsync(operationFile, cancellationToken)).Trim() : null,
        };
        var result = await ExecutorOf(directory).ExecuteAsync(request, cancellationToken);
        return result.ToJson();
    }

    /// <summary>The response in the oracle's shape: errors (message, locations, path) if any, then data (null when absent).</summary>
    public static JsonObject Normalize(string responseJson)
    {
        var response = JsonNode.Parse(responseJson)!.AsObject();
        var normalized = new JsonObject();
        if (response["errors"] is JsonArray errors)
        {
            var kept = new JsonArray();
            foreach (var error in errors)
            {
                var entry = new JsonObject { ["message"] = error!["message"]!.DeepClone() };
                if (error["locations"] is { } locations)
                {
                    entry["locations"] = locations.DeepClone();
                }

                if (error["path"] is { } path)
                {
                    entry["path"] = path.DeepClone();
                }

                kept.Add(entry);
            }

            normalized["errors"] = kept;
        }

        normalized["data"] = response["data"]?.DeepClone();
        return normalized;
    }

    public static (string CaseName, string Operation) Split(string operationKey)
    {
        var slash = operationKey.IndexOf('/', StringComparison.Ordinal);
        return (operationKey[..slash], operationKey[(slash + 1)..]);
    }

    private static GraphQLExecutor ExecutorOf(string directory) => Executors.GetOrAdd(directory, static directory =>
    {
        var schema = BuildAstSchema.BuildSchema(
            File.ReadAllText(Path.Combine(directory, "schema.graphql")),
            new BuildSchemaOptions { ScalarImplementations = [] });
        var dataFile = Path.Combine(directory, "data.json");
        var rootValue = File.Exists(dataFile) ? JsonDocument.Parse(File.ReadAllText(dataFile)).RootElement : JsonDocument.Parse("{}").RootElement;
        return new GraphQLExecutor(schema, new GraphQLExecutorOptions { RootValue = rootValue });
    });
}
