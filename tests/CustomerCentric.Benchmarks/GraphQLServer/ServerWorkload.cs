using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerCentric.Benchmarks.GraphQLServer.Sample;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Benchmarks.GraphQLServer;

/// <summary>
/// The load benchmark's workload (the Workload folder, served by graphql-http-server.mjs too): 20 customers with 3 touchpoints
/// each and their owners, and a named query with variables, as a staff app would POST it. Our server serves the sample as a .NET
/// service would: typed records (<see cref="Sample"/>) and a code-first schema; graphql-js serves the same data.json as JSON.parse
/// gives it, from schema.graphql, and <see cref="CheckSchema"/> makes sure both schemas are one.
/// </summary>
public sealed class ServerWorkload
{
    private static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
    };

    private readonly IReadOnlyList<Customer> _customers;

    private ServerWorkload(string directory)
    {
        Directory = directory;
        _customers = JsonSerializer.Deserialize<SampleData>(Read("data.json"), DataOptions)!.Customers;
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

    /// <summary>The sample's services: its query root over the customers.</summary>
    public void AddServices(IServiceCollection services) => services.AddSingleton(new Query(_customers));

    /// <summary>The code-first schema (what <c>AddGraphQLServer(workload.ConfigureSchema)</c> builds).</summary>
    public void ConfigureSchema(SchemaBuilder schema) =>
        schema.AddQueryType<Query>().Description("The load benchmark's schema: a page of customers with the touchpoints they met and who owns each touchpoint.");

    public GraphQLSchema CreateSchema()
    {
        var builder = new SchemaBuilder();
        ConfigureSchema(builder);
        return builder.Create();
    }

    /// <summary>
    /// Throws unless the code-first schema prints the definitions schema.graphql (what graphql-js serves) prints; the order of
    /// the types is the only freedom (code-first meets them field by field).
    /// </summary>
    public void CheckSchema()
    {
        var ours = SchemaPrinter.PrintSchema(CreateSchema());
        var peers = SchemaPrinter.PrintSchema(BuildAstSchema.BuildSchema(Read("schema.graphql")));
        if (!Definitions(ours).SetEquals(Definitions(peers)))
        {
            throw new InvalidOperationException($"The code-first sample schema is not schema.graphql. Ours:\n{ours}\nschema.graphql:\n{peers}");
        }
    }

    /// <summary>The printer separates definitions with one blank line, and none holds one.</summary>
    private static HashSet<string> Definitions(string sdl) => [.. sdl.Split("\n\n", StringSplitOptions.TrimEntries)];

    /// <summary>The response body our engine gives the load request (the ceiling endpoint writes these bytes).</summary>
    public byte[] ResponseBytes()
    {
        var services = new ServiceCollection();
        AddServices(services);
        using var provider = services.BuildServiceProvider();
        var executor = new GraphQLExecutor(CreateSchema());
        var request = new GraphQLRequest { Query = Query, OperationName = "CustomerPage", Variables = Variables, RequestServices = provider };
        var result = executor.ExecuteAsync(request).AsTask().GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetBytes(result.ToJson());
    }

    private string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    private sealed record SampleData(IReadOnlyList<Customer> Customers);
}
