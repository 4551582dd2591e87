using System.Text.Json;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.Benchmarks.GraphQL;

/// <summary>
/// The shared inputs of the engine benchmark (the Workload folder, read by graphql-js-engine.mjs too): the SDL, the data every
/// default resolver reads, a ~2 KB query with fragments, variables, aliases, an interface and a union, and its variables.
/// </summary>
public sealed class EngineWorkload
{
    private EngineWorkload(string directory)
    {
        Directory = directory;
        // Pass-through custom scalars, as graphql-js's buildSchema makes them.
        Schema = BuildAstSchema.BuildSchema(Read("schema.graphql"), new BuildSchemaOptions { ScalarImplementations = [] });
        // Plain dictionaries, lists, strings and numbers: what JSON.parse gives graphql-js.
        RootValue = JsonValues.ToClr(JsonDocument.Parse(Read("data.json")).RootElement);
        Query = Read("query.graphql");
        Variables = JsonDocument.Parse(Read("variables.json")).RootElement;
    }

    public string Directory { get; }

    public GraphQLSchema Schema { get; }

    public object? RootValue { get; }

    public string Query { get; }

    /// <summary>The variables as a transport hands them over: a JSON object.</summary>
    public JsonElement Variables { get; }

    public static EngineWorkload Load() => new(SourceTree.Find(Path.Combine("tests", "CustomerCentric.Benchmarks", "GraphQL", "Workload")));

    /// <summary>A request as a transport creates it for every HTTP request.</summary>
    public GraphQLRequest CreateRequest() => new() { Query = Query, Variables = Variables };

    /// <summary>The repository's tests/js folder, where graphql-js is installed.</summary>
    public string JavaScriptDirectory => Path.GetFullPath(Path.Combine(Directory, "..", "..", "..", "js"));

    private string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));
}
