using System.Text.Json.Nodes;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Conformance;

/// <summary>
/// Differential test against graphql-js 16.15: every operation of every case must give the same data (key order included) and
/// the same errors by count, path and locations (as a multiset: concurrent execution may order errors differently). Message
/// differences are reported in the test output. Cases where graphql-js deviates from the spec carry the spec's answer instead.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Operations => [.. ConformanceCorpus.OperationKeys()];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_matches_graphql_js(string operation)
    {
        var token = TestContext.Current.CancellationToken;
        var expected = await ExpectedAsync(operation, token);
        var actual = ConformanceRunner.Normalize(await ConformanceRunner.RunAsync(operation, token));

        if (JsonComparison.FirstDifference(expected["data"], actual["data"]) is { } dataDifference)
        {
            Assert.Fail($"data differs {dataDifference}\nexpected: {expected.ToJsonString()}\nactual:   {actual.ToJsonString()}");
        }

        var expectedErrors = Errors(expected);
        var actualErrors = Errors(actual);
        Assert.True(
            expectedErrors.Count == actualErrors.Count,
            $"expected {expectedErrors.Count} errors, got {actualErrors.Count}\nexpected: {expected["errors"]?.ToJsonString()}\nactual:   {actual["errors"]?.ToJsonString()}");
        Assert.Equal(Sites(expectedErrors), Sites(actualErrors));

        var expectedMessages = expectedErrors.Select(error => error.Message).Order(StringComparer.Ordinal).ToList();
        var actualMessages = actualErrors.Select(error => error.Message).Order(StringComparer.Ordinal).ToList();
        foreach (var message in expectedMessages.Except(actualMessages))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"message differs: graphql-js says \"{message}\"; ours: {string.Join(" | ", actualMessages.Except(expectedMessages))}");
        }
    }

    [Fact]
    public async Task Introspection_answer_rebuilds_the_schema_in_graphql_js()
    {
        var token = TestContext.Current.CancellationToken;
        var ours = await ConformanceRunner.RunAsync("introspection/full-introspection-query", token);
        Assert.DoesNotContain("\"errors\"", ours, StringComparison.Ordinal);

        var printedByGraphQLJs = await GraphQLJsOracle.PrintClientSchemaAsync(ours);

        var schema = ConformanceRunner.SchemaOf(ConformanceCorpus.DirectoryOf("introspection"));
        Assert.Equal(SchemaPrinter.PrintSchema(schema), printedByGraphQLJs);
    }

    private static async Task<JsonObject> ExpectedAsync(string operation, CancellationToken token)
    {
        var (caseName, name) = ConformanceRunner.Split(operation);
        var directory = ConformanceCorpus.DirectoryOf(caseName);
        var specExpected = Path.Combine(directory, name + ".spec-expected.json");
        if (File.Exists(specExpected))
        {
            Assert.True(File.Exists(Path.Combine(directory, name + ".spec.md")), $"{specExpected} needs a {name}.spec.md saying where graphql-js deviates from the spec.");
            return JsonNode.Parse(await File.ReadAllTextAsync(specExpected, token))!.AsObject();
        }

        var responses = await GraphQLJsOracle.ResponsesAsync();
        Assert.True(responses.TryGetValue(operation, out var response), $"graphql-js gave no response for {operation}.");
        return JsonNode.Parse(response.GetRawText())!.AsObject();
    }

    private static List<(string Message, string Site)> Errors(JsonObject response) =>
        response["errors"] is JsonArray errors
            ? errors.Select(error => (error!["message"]!.GetValue<string>(), Site(error.AsObject()))).ToList()
            : [];

    private static string Site(JsonObject error) =>
        $"path={error["path"]?.ToJsonString() ?? "-"} locations={error["locations"]?.ToJsonString() ?? "-"}";

    private static List<string> Sites(List<(string Message, string Site)> errors) =>
        errors.Select(error => error.Site).Order(StringComparer.Ordinal).ToList();
}
