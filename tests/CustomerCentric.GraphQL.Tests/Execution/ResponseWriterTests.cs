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
    public void Strings_of_every_short_length_with_a_special_character_anywhere_are_escaped_as_JSON_stringify_escapes_them()
    {
        // Short plain strings take a one-pass way that gives up at the first character it does not write as it is: every length
        // around its blocks of 8 and its limit, with each kind of special character at every position.
        var specials = new[] { "", "\"", "\\", "\n", "\u0001", "\u001f", "\u007f", "é", "😀", "\ud800" };
        var strings = new List<string>();
        for (var length = 0; length <= 80; length++)
        {
            // Printable ASCII without quote and backslash, varied.
            var plain = new string(Enumerable.Range(0, length).Select(i => (char)(' ' + i * 7 % 95)).Select(c => c is '"' or '\\' ? 'x' : c).ToArray());
            foreach (var special in specials)
            {
                for (var at = 0; at <= length; at += special.Length == 0 ? length + 1 : 1)
                {
                    strings.Add(plain[..at] + special + plain[at..]);
                }
            }
        }

        var json = Encoding.UTF8.GetString(Written(Result([strings.Cast<object?>().ToArray()])));

        Assert.Equal("{\"data\":{\"a\":[" + string.Join(",", strings.Select(Stringify)) + "]}}", json);
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

    [Fact]
    public void Floats_are_written_as_the_shortest_round_trip_formatting_writes_them()
    {
        // Short decimals (prices, scores) take a quicker way than other numbers; both must give .NET's shortest round-trip text.
        var random = new Random(20261123);
        var numbers = new List<double>
        {
            0.1 + 0.2, 0.2, 0.24, 1.5, -7.25, 1e-3, 9.99e-4, 0.001000001, 123456789.125, 99999999999999.9, 999999999999999, 1e15, 1e15 - 1,
            4503599627370496.5, 0.30000000000000004, 5e-324, double.MaxValue, double.Epsilon, -0.0, 0.0, 1 / 3.0, 2 / 3.0, 1e21, 1e-7,
        };
        for (var i = 0; i < 20_000; i++)
        {
            var decimals = random.Next(0, 10);
            var digits = random.NextInt64(0, 1L << random.Next(1, 54));
            numbers.Add((random.Next(2) == 0 ? 1 : -1) * (digits / Math.Pow(10, decimals)));
            numbers.Add(BitConverter.Int64BitsToDouble(random.NextInt64()) is var any && double.IsFinite(any) ? any : 1.0);
            numbers.Add(random.NextDouble() * Math.Pow(10, random.Next(-4, 16)));
        }

        var json = Encoding.UTF8.GetString(Written(Result([numbers.Cast<object?>().ToArray()])));

        var written = json["{\"data\":{\"a\":[".Length..^"]}}".Length].Split(',');
        Assert.Equal(numbers.Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture)), written);
    }

    [Fact]
    public async Task Names_and_enum_values_of_every_length_are_written_whole_across_buffer_chunks()
    {
        // Aliases of 1 to 48 characters (short copies of every size and longer ones) in a response of several chunks.
        var schema = BuildAstSchema.BuildSchema("enum E { A BB CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC } type Query { s: String e0: E e1: E e2: E }");
        var aliases = Enumerable.Range(0, 600).Select(i => new string((char)('a' + i % 26), 1 + i % 48) + i).ToArray();
        var values = new[] { "A", "BB", "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC" };
        var selections = aliases.Select((alias, i) => i % 2 == 0 ? $"{alias}: s" : $"{alias}: e{i % 3}");
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ " + string.Join(" ", selections) + " }"),
            RootValue = new Dictionary<string, object?> { ["s"] = "x", ["e0"] = values[0], ["e1"] = values[1], ["e2"] = values[2] },
            CancellationToken = TestContext.Current.CancellationToken,
        });

        var expected = "{\"data\":{" + string.Join(",", aliases.Select((alias, i) => i % 2 == 0 ? $"\"{alias}\":\"x\"" : $"\"{alias}\":\"{values[i % 3]}\"")) + "}}";
        Assert.True(expected.Length > 3 * 4096);
        Assert.Equal(expected, Encoding.UTF8.GetString(Written(result)));
        Assert.Equal(expected, ViaUtf8JsonWriter(result));
    }

    /// <summary>JSON.stringify's escaping, character by character: the oracle for the writer's.</summary>
    private static string Stringify(string text)
    {
        var json = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => $"\\u{(int)c:x4}",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => $"{c}{text[++i]}",
                _ when char.IsSurrogate(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
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
