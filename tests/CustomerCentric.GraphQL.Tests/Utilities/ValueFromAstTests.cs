using System.Text.Json;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Utilities;

/// <summary>Expected results are graphql-js 16.15's valueFromAST / astFromValue for the same literals and values ("invalid" = undefined).</summary>
public sealed class ValueFromAstTests
{
    private static readonly GraphQLSchema Schema = BuildAstSchema.BuildSchema(
        "input R { from: Int, to: Int = 10 } input O @oneOf { a: Int, b: String } enum E { A B } type Query { f(r: R, o: O, e: E, i: ID, x: Float): Int }");

    [Theory]
    [InlineData("[Int]", "[1, $x, 3]", "{}", "[1,null,3]")]
    [InlineData("[Int!]", "[1, $x]", "{}", "invalid")]
    [InlineData("R", "{from: $f}", "{}", """{"to":10}""")]
    [InlineData("R", "{from: $f}", """{"f":5}""", """{"from":5,"to":10}""")]
    [InlineData("R!", "null", "{}", "invalid")]
    [InlineData("Int!", "$v", """{"v":null}""", "invalid")]
    [InlineData("[Int]", "4", "{}", "[4]")]
    [InlineData("O", """{a: 1, b: "x"}""", "{}", "invalid")]
    [InlineData("O", "{a: 1}", "{}", """{"a":1}""")]
    [InlineData("E", "B", "{}", "\"B\"")]
    [InlineData("E", "\"B\"", "{}", "invalid")]
    [InlineData("Int", "\"1\"", "{}", "invalid")]
    public void Coerces_literals_with_variables(string type, string literal, string variablesJson, string expected)
    {
        var variables = (Dictionary<string, object?>)JsonValues.ToClr(JsonDocument.Parse(variablesJson).RootElement)!;

        var valid = ValueFromAst.TryCoerce(Parser.ParseValue(literal), Type(type), variables, out var value);

        Assert.Equal(expected, valid ? JsonSerializer.Serialize(value) : "invalid");
    }

    [Theory]
    [InlineData("[Int]", "[1,null,3]", "[1, null, 3]")]
    [InlineData("Int!", "null", null)]
    [InlineData("R", """{"from":1,"extra":2}""", "{from: 1}")]
    [InlineData("E", "\"A\"", "A")]
    [InlineData("ID", "\"123\"", "123")]
    [InlineData("ID", "\"abc\"", "\"abc\"")]
    [InlineData("Float", "2.0", "2")]
    [InlineData("Float", "2.5", "2.5")]
    [InlineData("String", "\"a\\\"b\"", "\"a\\\"b\"")]
    [InlineData("[String]", "\"x\"", "\"x\"")]
    public void Prints_internal_values_as_literals(string type, string valueJson, string? expected)
    {
        var value = JsonValues.ToClr(JsonDocument.Parse(valueJson).RootElement);

        var node = AstFromValue.Convert(value, Type(type));

        Assert.Equal(expected, node is null ? null : Printer.Print(node));
    }

    [Fact]
    public void Type_comparators_follow_covariance_and_overlap()
    {
        var schema = BuildAstSchema.BuildSchema("""
            interface Node { id: ID! } type A implements Node { id: ID! } type B implements Node { id: ID! } type C { id: ID! }
            union AB = A | B union BC = B | C type Query { n: Node, ab: AB, bc: BC }
            """);
        GraphQLType T(string text) => TypeFromAst.Resolve(schema, Parser.ParseType(text))!;
        GraphQLNamedType N(string name) => schema.GetType(name)!;

        Assert.True(TypeComparators.IsEqualType(T("[A!]"), T("[A!]")));
        Assert.False(TypeComparators.IsEqualType(T("[A!]"), T("[A]")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, T("[A!]!"), T("[Node]")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, T("[Node]"), T("[A]")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, T("A"), T("A!")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, T("[A]"), T("A")));
        Assert.True(TypeComparators.DoTypesOverlap(schema, N("AB"), N("BC")));
        Assert.True(TypeComparators.DoTypesOverlap(schema, N("Node"), N("A")));
        Assert.False(TypeComparators.DoTypesOverlap(schema, N("Node"), N("C")));
        Assert.False(TypeComparators.DoTypesOverlap(schema, N("A"), N("B")));
        Assert.Null(TypeFromAst.Resolve(schema, Parser.ParseType("[Missing]")));
    }

    private static GraphQLType Type(string text) => TypeFromAst.Resolve(Schema, Parser.ParseType(text))!;
}
