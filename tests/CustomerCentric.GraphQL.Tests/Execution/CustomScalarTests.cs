using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Language.Ast;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

public sealed class CustomScalarTests
{
    /// <summary>Internal value: the cents as a long; external: "12.34 EUR".</summary>
    private static readonly GraphQLScalarType Money = new("Money")
    {
        Serializer = value => value is long cents ? $"{cents / 100}.{cents % 100:00} EUR" : throw new GraphQLError("Money cannot represent " + value),
        ValueParser = value => value is string text ? ParseMoney(text) : throw new GraphQLError("Money must be a string like \"1.50 EUR\"."),
        LiteralParser = (node, _) => node is StringValueNode text ? ParseMoney(text.Value) : throw new GraphQLError("Money must be a string like \"1.50 EUR\"."),
    };

    [Fact]
    public async Task Custom_scalars_parse_literals_and_variables_and_serialize_results()
    {
        var schema = ExecutionTestSchema.Build(
            "scalar Money type Query { double(amount: Money!): Money }",
            new SchemaResolvers().Field("Query", "double", context => new ValueTask<object?>((long)context.Arguments["amount"]! * 2)),
            Money);

        var result = await ExecutionTestSchema.ExecuteAsync(
            schema,
            """query ($m: Money!) { literal: double(amount: "1.25 EUR") variable: double(amount: $m) }""",
            variables: new Dictionary<string, object?> { ["m"] = "10.05 EUR" },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("""{"data":{"literal":"2.50 EUR","variable":"20.10 EUR"}}""", result.ToJson());
    }

    [Fact]
    public async Task A_serialization_failure_is_a_field_error()
    {
        var schema = ExecutionTestSchema.Build(
            "scalar Money type Query { broken: Money }",
            new SchemaResolvers().Field("Query", "broken", _ => new ValueTask<object?>("not cents")),
            Money);

        var result = await ExecutionTestSchema.ExecuteAsync(schema, "{ broken }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"errors":[{"message":"Money cannot represent not cents","locations":[{"line":1,"column":3}],"path":["broken"]}],"data":{"broken":null}}""",
            result.ToJson());
    }

    private static long ParseMoney(string text)
    {
        var parts = text.Split(' ');
        if (parts is not [var amount, "EUR"] || !decimal.TryParse(amount, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            throw new GraphQLError($"Money must be a string like \"1.50 EUR\", got \"{text}\".");
        }

        return (long)(value * 100);
    }
}
