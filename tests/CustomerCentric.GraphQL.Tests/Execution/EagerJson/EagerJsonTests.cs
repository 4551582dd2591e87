using System.Buffers;
using System.Text;
using System.Text.Json;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution.EagerJson;

/// <summary>
/// <see cref="GraphQLExecutorOptions.EagerJson"/> writes the same response bytes as the general execution, for data the eager
/// writer handles (it must have taken the eager way: the result holds a <see cref="JsonFragment"/>) and for everything it hands
/// back: errors and null propagation, resolvers below the field, abstract types, dictionaries.
/// </summary>
public sealed class EagerJsonTests
{
    private const string ItemsQuery = """
        query Items($prefix: String) {
          items {
            __typename name note grade score rank active since
            owners { name email }
            alias: name
          }
          first { name label(prefix: $prefix) }
        }
        """;

    [Fact]
    public async Task A_large_typed_result_is_written_eagerly_and_byte_for_byte_as_the_general_execution_writes_it()
    {
        // 300 items: some 90 KB, so the fragment buffer grows several times while it is written.
        var (eager, general, result) = await ExecuteBothAsync(Catalog.CreateSchema(), ItemsQuery, new Catalog.Query(Catalog.CreateItems(300)));

        Assert.IsType<JsonFragment>(result.Data!["items"]);
        Assert.True(eager.Length > 64 * 1024);
        Assert.Equal(general, eager);
        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_gives_the_general_executions_error_and_nulls()
    {
        var items = Catalog.CreateItems(20).ToList();
        items[7] = items[7] with { Owners = [new Catalog.Owner(null!, null)] };
        var (eager, general, result) = await ExecuteBothAsync(Catalog.CreateSchema(), ItemsQuery, new Catalog.Query(items));

        Assert.Equal(general, eager);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(["items", 7, "owners", 0, "name"], error.Path!);
        // Non-null all the way up: the null reaches data.
        Assert.EndsWith("\"data\":null}", Encoding.UTF8.GetString(eager), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_with_resolvers_below_run_once_in_the_general_execution_with_their_errors()
    {
        const string query = """{ items { name label(prefix: "no. ") owners { name } } }""";

        var (eager, general, result) = await ExecuteBothAsync(Catalog.CreateSchema(), query, new Catalog.Query(Catalog.CreateItems(20)));

        Assert.Equal(general, eager);
        Assert.Equal(["items", 12, "label"], Assert.Single(result.Errors!).Path!);
        Assert.Contains("\"label\":\"no. 14\"", Encoding.UTF8.GetString(eager), StringComparison.Ordinal);

        // Each item is a map again, but the owners below it (no resolvers) are still written eagerly.
        var first = Assert.IsType<ResultMap>(Assert.IsType<object?[]>(result.Data!["items"])[0]);
        Assert.IsType<JsonFragment>(first["owners"]);
    }

    [Fact]
    public async Task Abstract_types_and_JSON_like_data_give_the_same_bytes()
    {
        var schema = BuildAstSchema.BuildSchema("""
            interface Named { name: String! }
            type Person implements Named { name: String! age: Int }
            type Robot implements Named { name: String! model: String }
            type Query { things: [Named!]! pairs: [[Float]] doc: Doc }
            type Doc { title: String tags: [String!] }
            """);
        var root = JsonDocument.Parse("""
            {
              "things": [{"__typename":"Person","name":"Ann","age":31},{"__typename":"Robot","name":"R2","model":"astromech"}],
              "pairs": [[1.5, null], [], [2e-7]],
              "doc": {"title": "t \u0001", "tags": ["a", "b"]}
            }
            """).RootElement;
        const string query = "{ things { name ... on Person { age } ... on Robot { model } } pairs doc { title tags } }";

        var (eager, general, _) = await ExecuteBothAsync(schema, query, root);

        Assert.Equal(general, eager);
    }

    [Theory]
    [InlineData("{ readings { name ratio } }", "Float cannot represent non numeric value: NaN")]
    [InlineData("{ readings { name grade } }", "Enum \"Grade\" cannot represent value: 42")]
    [InlineData("{ readings { name spread } }", "Float cannot represent non numeric value: NaN")]
    [InlineData("{ readings { name taken count valid } }", null)]
    public async Task Property_values_a_type_refuses_or_writes_its_own_way_give_the_general_executions_bytes_and_errors(string query, string? error)
    {
        var readings = Readings.Create(oddRatio: double.NaN, oddGrade: (Catalog.Grade)42);

        var (eager, general, result) = await ExecuteBothAsync(Readings.CreateSchema(), query, new Readings.Query(readings));

        Assert.Equal(general, eager);
        Assert.Equal(error, result.Errors?.Single().Message);
        if (error is null)
        {
            Assert.IsType<JsonFragment>(result.Data!["readings"]);
            Assert.Contains("\"taken\":\"1999-12-31T08:05:00.007-05:30\"", Encoding.UTF8.GetString(eager), StringComparison.Ordinal);
            Assert.Contains("\"taken\":\"2025-03-09T23:59:59.999Z\"", Encoding.UTF8.GetString(eager), StringComparison.Ordinal);
            Assert.Contains("\"taken\":\"0007-01-02T03:04:05.000+14:00\"", Encoding.UTF8.GetString(eager), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_field_bound_anew_after_the_schema_was_created_is_read_through_its_new_resolver()
    {
        var schema = Readings.CreateSchema();
        var reading = (GraphQLObjectType)schema.GetType("Reading")!;
        reading.GetField("name")!.ResolveSource = source => ((Readings.Reading)source!).Name.ToUpperInvariant();
        reading.GetField("ratio")!.ResolveSource = source => ((Readings.Reading)source!).Ratio * 2;

        var (eager, general, result) = await ExecuteBothAsync(schema, "{ readings { name ratio } }", new Readings.Query(Readings.Create(2, Catalog.Grade.Basic)));

        Assert.Equal(general, eager);
        Assert.IsType<JsonFragment>(result.Data!["readings"]);
        Assert.Contains("{\"name\":\"PLAIN\",\"ratio\":0.5}", Encoding.UTF8.GetString(eager), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disposed_result_gives_its_pooled_fragments_back_and_refuses_to_be_read_again()
    {
        var executor = new GraphQLExecutor(Catalog.CreateSchema(), new GraphQLExecutorOptions { EagerJson = true, RootValue = new Catalog.Query(Catalog.CreateItems(40)) });
        var request = new GraphQLRequest { Query = ItemsQuery, Variables = new Dictionary<string, object?> { ["prefix"] = "no. " } };
        var first = await executor.ExecuteAsync(request, TestContext.Current.CancellationToken);
        var expected = first.ToJson();
        var fragment = Assert.IsType<JsonFragment>(first.Data!["items"]);

        first.Dispose();
        first.Dispose();

        Assert.Throws<ObjectDisposedException>(() => fragment.ToString());
        // The buffer went back to the pool: the next executions write theirs into pooled arrays without a trace of the first.
        for (var i = 0; i < 3; i++)
        {
            using var next = await executor.ExecuteAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(expected, next.ToJson());
        }
    }

    private static async Task<(byte[] Eager, byte[] General, ExecutionResult EagerResult)> ExecuteBothAsync(
        GraphQLSchema schema, string query, object rootValue)
    {
        var variables = new Dictionary<string, object?> { ["prefix"] = "no. " };
        var eagerResult = await new GraphQLExecutor(schema, new GraphQLExecutorOptions { EagerJson = true, RootValue = rootValue })
            .ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, TestContext.Current.CancellationToken);
        var generalResult = await new GraphQLExecutor(schema, new GraphQLExecutorOptions { RootValue = rootValue })
            .ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, TestContext.Current.CancellationToken);
        return (Written(eagerResult), Written(generalResult), eagerResult);
    }

    private static byte[] Written(ExecutionResult result)
    {
        var output = new ArrayBufferWriter<byte>();
        result.WriteTo(output);
        var viaJsonWriter = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(viaJsonWriter, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            result.WriteTo(writer);
        }

        // The Utf8JsonWriter path escapes differently, so it is compared as JSON.
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(output.WrittenSpan), System.Text.Json.Nodes.JsonNode.Parse(viaJsonWriter.WrittenSpan)));
        return output.WrittenSpan.ToArray();
    }
}
