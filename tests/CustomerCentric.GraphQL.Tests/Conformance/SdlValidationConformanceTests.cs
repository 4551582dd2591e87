using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;
using CustomerCentric.GraphQL.Validation;

namespace CustomerCentric.GraphQL.Tests.Conformance;

/// <summary>
/// Differential test of the SDL rules against graphql-js 16.15's <c>validateSDL</c> (what its <c>buildSchema</c> asserts): for every
/// document under Conformance/SdlCases the errors must be identical, message and locations, in order; and <see cref="BuildAstSchema"/>
/// must refuse a document with exactly those errors.
/// </summary>
public sealed class SdlValidationConformanceTests
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Documents => [.. ConformanceCorpus.SdlCaseFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Sdl_validation_matches_graphql_js(string fileName)
    {
        var token = TestContext.Current.CancellationToken;
        var sdl = await File.ReadAllTextAsync(ConformanceCorpus.SdlCaseFiles.Single(file => Path.GetFileName(file) == fileName), token);
        var responses = await GraphQLJsOracle.SdlValidationsAsync();
        Assert.True(responses.TryGetValue(fileName, out var response), $"graphql-js gave no answer for {fileName}.");
        var expected = JsonNode.Parse(response.GetProperty("errors").GetRawText())!.ToJsonString(JsonOptions);

        var ours = ToJson(DocumentValidator.ValidateSdl(Parser.Parse(sdl)));

        Assert.Equal(expected, ours);
        var built = Record.Exception(() => BuildAstSchema.BuildSchema(sdl));
        if (response.GetProperty("errors").GetArrayLength() > 0)
        {
            var refused = Assert.IsType<GraphQLSchemaValidationException>(built);
            Assert.Equal(expected, ToJson(refused.Errors));
        }
        else
        {
            Assert.Null(built);
        }
    }

    private static string ToJson(IReadOnlyList<GraphQLError> errors)
    {
        var array = new JsonArray();
        foreach (var error in errors)
        {
            var item = new JsonObject { ["message"] = error.Message };
            if (error.Locations is { } locations)
            {
                item["locations"] = new JsonArray([.. locations.Select(location => (JsonNode)new JsonObject { ["line"] = location.Line, ["column"] = location.Column })]);
            }

            array.Add(item);
        }

        return array.ToJsonString(JsonOptions);
    }
}
