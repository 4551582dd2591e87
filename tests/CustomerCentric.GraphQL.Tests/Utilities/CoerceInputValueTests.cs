using System.Text.Json;
using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Utilities;

/// <summary>Expected paths and messages are what graphql-js 16.15 coerceInputValue reports for the same values.</summary>
public sealed class CoerceInputValueTests
{
    private static readonly GraphQLSchema Schema = BuildAstSchema.BuildSchema("""
        input RangeInput { from: Int, to: Int = 10 }
        input Complaint { customerId: ID!, severity: Severity = MEDIUM, tags: [String!], range: RangeInput, ranges: [RangeInput!] }
        enum Severity { LOW MEDIUM HIGH CRITICAL }
        input Lookup @oneOf { id: ID, email: String }
        type Query { f(a: Complaint, b: Lookup): Int }
        """);

    [Fact]
    public void Coerces_JSON_with_defaults_ids_and_single_items_as_lists()
    {
        var result = Coerce("Complaint!", """{"customerId": 1, "tags": "x"}""", out var errors);

        Assert.Empty(errors);
        Assert.Equal("""{"customerId":"1","severity":"MEDIUM","tags":["x"]}""", JsonSerializer.Serialize(result));
        Assert.Equal("""[7]""", JsonSerializer.Serialize(Coerce("[Int]", "7", out _)));
    }

    [Fact]
    public void Reports_every_problem_with_its_path()
    {
        Coerce(
            "Complaint!",
            """{"customerId": null, "severity": "MEDUIM", "tags": ["a", null, 3], "range": {"from": "x", "too": 1}, "ranges": [{"from": 1}, 5]}""",
            out var errors);

        Assert.Equal(
        [
            ("customerId", "Expected non-nullable type \"ID!\" not to be null."),
            ("severity", "Value \"MEDUIM\" does not exist in \"Severity\" enum. Did you mean the enum value \"MEDIUM\"?"),
            ("tags[1]", "Expected non-nullable type \"String!\" not to be null."),
            ("tags[2]", "String cannot represent a non string value: 3"),
            ("range.from", "Int cannot represent non-integer value: \"x\""),
            ("range", "Field \"too\" is not defined by type \"RangeInput\". Did you mean \"to\"?"),
            ("ranges[1]", "Expected type \"RangeInput\" to be an object."),
        ],
            errors);
    }

    [Theory]
    [InlineData("Complaint!", """{"customerId": null}""", "Invalid value null at \"value.customerId\": Expected non-nullable type \"ID!\" not to be null.")]
    [InlineData("Complaint", """{"severity": "LOW"}""", "Invalid value { severity: \"LOW\" }: Field \"customerId\" of required type \"ID!\" was not provided.")]
    [InlineData("Complaint!", "null", "Invalid value null: Expected non-nullable type \"Complaint!\" not to be null.")]
    [InlineData("Complaint", "[1]", "Invalid value [1]: Expected type \"Complaint\" to be an object.")]
    [InlineData("[Int!]!", """[1, 2.5, null, "x"]""", "Invalid value 2.5 at \"value[1]\": Int cannot represent non-integer value: 2.5")]
    [InlineData("Lookup", """{"id": 1, "email": "a"}""", "Invalid value { id: 1, email: \"a\" }: Exactly one key must be specified for OneOf type \"Lookup\".")]
    [InlineData("Lookup", """{"id": null}""", "Invalid value null at \"value.id\": Field \"id\" must be non-null.")]
    [InlineData("Lookup", "{}", "Invalid value {}: Exactly one key must be specified for OneOf type \"Lookup\".")]
    [InlineData("Severity", "\"high\"", "Invalid value \"high\": Value \"high\" does not exist in \"Severity\" enum. Did you mean the enum value \"HIGH\"?")]
    [InlineData("Severity", "3", "Invalid value 3: Enum \"Severity\" cannot represent non-string value: 3.")]
    public void Throws_the_first_problem_by_default(string type, string json, string message)
    {
        using var document = JsonDocument.Parse(json);

        var error = Assert.Throws<GraphQLError>(() => CoerceInputValue.Coerce(document.RootElement, Type(type)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Accepts_plain_CLR_dictionaries_and_lists()
    {
        var input = new Dictionary<string, object?> { ["customerId"] = "c-1", ["ranges"] = new List<object?> { new Dictionary<string, object?> { ["from"] = 1 } } };

        var result = CoerceInputValue.Coerce(input, Type("Complaint"));

        Assert.Equal("""{"customerId":"c-1","severity":"MEDIUM","ranges":[{"from":1,"to":10}]}""", JsonSerializer.Serialize(result));
    }

    [Fact]
    public void Enum_values_become_their_internal_values()
    {
        var severity = GraphQLEnumType.FromEnum<TestSeverity>("Severity");

        Assert.Equal(TestSeverity.KeyAccount, CoerceInputValue.Coerce("KEY_ACCOUNT", severity));
        Assert.Equal("KEY_ACCOUNT", severity.Serialize(TestSeverity.KeyAccount));
        Assert.Equal(["LOW", "KEY_ACCOUNT", "HTTP_ERROR"], severity.Values.Select(value => value.Name));
    }

    private static object? Coerce(string type, string json, out List<(string Path, string Message)> errors)
    {
        var found = new List<(string, string)>();
        using var document = JsonDocument.Parse(json);
        var result = CoerceInputValue.Coerce(document.RootElement, Type(type), (path, _, error) =>
            found.Add((CoerceInputValue.PrintPath(path).TrimStart('.'), error.Message)));
        errors = found;
        return result;
    }

    private static GraphQLType Type(string text) => TypeFromAst.Resolve(Schema, Parser.ParseType(text))!;

    public enum TestSeverity
    {
        Low,
        KeyAccount,
        HTTPError,
    }
}
