using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

/// <summary>The buffer-writer path writes strings as JSON.stringify does and the same JSON as the <see cref="Utf8JsonWriter"/> path.</summary>
public sealed class ResponseWriterTests
{
    [Fact]
    public void Strings_are_escaped_as_JSON_stringify_escapes_them()
    {
        var result = Result("plain", "quote \" backslash \\ newline \n tab \t bell \u0007", "é ü 漢 😀 <tag> & 'x'", "lone \ud800 surrogate");

        var json = Encoding.UTF8.GetString(Written(result));

        Assert.Equal(
            """{"data":{"a":"plain","b":"quote \" backslash \\ newline \n tab \t bell \u0007","c":"é ü 漢 😀 <tag> & 'x'","d":"lone \ud800 surrogate"}}""",
            json);
    }

    [Fact]
    public void Both_writers_give_the_same_JSON_for_errors_numbers_lists_and_pass_through_values()
    {
        var result = Result(
            42,
            new object?[] { 1.5, -7L, true, null, "x" },
            JsonDocument.Parse("""{"raw":[1,{"b":null}]}""").RootElement,
            new Dictionary<string, object?> { ["k"] = 3m });
        var withErrors = new ExecutionResult
        {
            HasData = true,
            Data = result.Data,
            Errors = [new GraphQLError("boom", path: ["a", 0])],
            Extensions = new Dictionary<string, object?> { ["cost"] = 12 },
        };

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ViaUtf8JsonWriter(withErrors)), JsonNode.Parse(Written(withErrors))));
        Assert.Equal("""{"errors":[{"message":"boom","path":["a",0]}],"data":{"a":42,"b":[1.5,-7,true,null,"x"],"c":{"raw":[1,{"b":null}]},"d":{"k":3}},"extensions":{"cost":12}}""",
            Encoding.UTF8.GetString(Written(withErrors)));
    }

    [Fact]
    public async Task Objects_whose_fields_are_all_skipped_are_written_as_empty_objects()
    {
        var schema = BuildAstSchema.BuildSchema("type Query { o: O n: Int } type O { x: Int }");
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ n o { x @skip(if: true) } }"),
            RootValue = new Dictionary<string, object?> { ["n"] = 1, ["o"] = new Dictionary<string, object?> { ["x"] = 2 } },
            CancellationToken = TestContext.Current.CancellationToken,
        });

        Assert.Equal("""{"data":{"n":1,"o":{}}}""", Encoding.UTF8.GetString(Written(result)));
        Assert.Equal("""{"data":{"n":1,"o":{}}}""", ViaUtf8JsonWriter(result));
    }

    // A pass-through scalar hands the root value's entries to the writer unchanged.
    private static ExecutionResult Result(params object?[] values)
    {
        var names = new[] { "a", "b", "c", "d" }[..values.Length];
        var schema = BuildAstSchema.BuildSchema(
            "scalar Any type Query { " + string.Join(" ", names.Select(name => name + ": Any")) + " }",
            new BuildSchemaOptions { ScalarImplementations = [] });
        var root = names.Select((name, i) => (name, values[i])).ToDictionary(pair => pair.name, pair => pair.Item2);
        var result = Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ " + string.Join(" ", names) + " }"),
            RootValue = root,
        }).AsTask().GetAwaiter().GetResult();
        Assert.Null(result.Errors);
        return result;
    }

    private static string ViaUtf8JsonWriter(ExecutionResult result)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            ResponseWriter.Write(writer, result);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static byte[] Written(ExecutionResult result)
    {
        var output = new ArrayBufferWriter<byte>(16);
        result.WriteTo(output);
        return output.WrittenSpan.ToArray();
    }
}
