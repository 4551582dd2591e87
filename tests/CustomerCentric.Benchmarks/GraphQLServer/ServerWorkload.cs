using System.Text.Json;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>
/// The load benchmark's workload (the Workload folder, served by graphql-http-server.mjs too): 20 customers with 3 touchpoints
/// each and their owners, and a named query with variables, as a staff app would POST it.
/// </summary>
public sealed class ServerWorkload
{
    private readonly List<object?> _customers;

    private ServerWorkload(string directory)
    {
        Directory = directory;
        // Plain dictionaries and lists, what JSON.parse gives graphql-js; both resolvers filter and slice the same list.
        _customers = (List<object?>)((Dictionary<string, object?>)JsonValues.ToClr(JsonDocument.Parse(Read("data.json")).RootElement)!)["customers"]!;
        Query = Read("query.graphql");
        Variables = JsonDocument.Parse(Read("variables.json")).RootElement.Clone();
    }

    public string Directory { get; }

    public string Query { get; }

    public JsonElement Variables { get; }

    /// <summary>The body every load request POSTs.</summary>
    public string RequestBody => JsonSerializer.Serialize(new { query = Query, operationName = "CustomerPage", variables = Variables });

    /// <summary>The repository's tests/js folder, where graphql-js and graphql-http are installed.</summary>
    public string JavaScriptDirectory => Path.GetFullPath(Path.Combine(Directory, "..", "..", "..", "js"));

    public static ServerWorkload Load() => new(SourceTree.Find(Path.Combine("tests", "CustomerCentric.Benchmarks", "GraphQLServer", "Workload")));

    /// <summary>A fresh schema (pass-through custom scalars, as graphql-js's buildSchema makes them) with the customers resolver.</summary>
    public GraphQLSchema CreateSchema()
    {
        var resolvers = new SchemaResolvers().Field("Query", "customers", context =>
        {
            var segment = context.Arguments["segment"] as string;
            var first = context.Arguments["first"] as int? ?? 20;
            var page = new List<object?>(first);
            foreach (var customer in _customers)
            {
                if (page.Count == first)
                {
                    break;
                }

                if (segment is null || Equals(((Dictionary<string, object?>)customer!)["segment"], segment))
                {
                    page.Add(customer);
                }
            }

            return new ValueTask<object?>(page);
        });
        return BuildAstSchema.BuildSchema(Read("schema.graphql"), new BuildSchemaOptions { ScalarImplementations = [], Resolvers = resolvers });
    }

    /// <summary>The response body our engine gives the load request (the ceiling endpoint writes these bytes).</summary>
    public byte[] ResponseBytes()
    {
        var executor = new GraphQLExecutor(CreateSchema());
        var result = executor.ExecuteAsync(new GraphQLRequest { Query = Query, OperationName = "CustomerPage", Variables = Variables }).AsTask().GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetBytes(result.ToJson());
    }

    private string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));
}
