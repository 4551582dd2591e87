using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

/// <summary>A cached document's plans serve later requests: each request must still see its own variables.</summary>
public sealed class PlanReuseTests
{
    private static readonly GraphQLSchema Schema = ExecutionTestSchema.Build(
        "type Query { echo(text: String, times: Int = 1): String item: Item } type Item { name: String size: Int }",
        new SchemaResolvers()
            .Field("Query", "echo", context => new ValueTask<object?>(
                string.Concat(Enumerable.Repeat(context.Arguments.GetValueOrDefault("text") as string ?? "-", (int)context.Arguments["times"]!))))
            .Field("Query", "item", _ => new ValueTask<object?>(new Dictionary<string, object?> { ["name"] = "box", ["size"] = 3 })));

    private const string Query = """
        query ($text: String, $withSize: Boolean!, $skipName: Boolean = false) {
          variable: echo(text: $text)
          literal: echo(text: "ab", times: 2)
          item { name @skip(if: $skipName) ...Sized }
        }
        fragment Sized on Item { size @include(if: $withSize) }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Skip_include_and_variable_arguments_follow_each_request_of_a_cached_document(bool throughExecutor)
    {
        var executor = new GraphQLExecutor(Schema);
        var document = Parser.Parse(Query);
        var token = TestContext.Current.CancellationToken;
        async Task<string> Run(string variables)
        {
            var values = System.Text.Json.JsonDocument.Parse(variables).RootElement;
            var result = throughExecutor
                ? await executor.ExecuteAsync(new GraphQLRequest { Query = Query, Variables = values }, token)
                : await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = document, VariableValues = values, CancellationToken = token });
            return result.ToJson();
        }

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("""{"data":{"variable":"x","literal":"abab","item":{"name":"box","size":3}}}""", await Run("""{"text":"x","withSize":true}"""));
            Assert.Equal("""{"data":{"variable":"y","literal":"abab","item":{"name":"box"}}}""", await Run("""{"text":"y","withSize":false}"""));
            Assert.Equal("""{"data":{"variable":"-","literal":"abab","item":{"size":3}}}""", await Run("""{"withSize":true,"skipName":true}"""));
            Assert.Equal("""{"data":{"variable":"z","literal":"abab","item":{}}}""", await Run("""{"text":"z","withSize":false,"skipName":true}"""));
        }
    }

    [Fact]
    public async Task A_document_run_against_another_schema_is_planned_for_that_schema()
    {
        var other = ExecutionTestSchema.Build("type Query { echo(text: String): String }",
            new SchemaResolvers().Field("Query", "echo", context => new ValueTask<object?>("other " + context.Arguments["text"])));
        var document = Parser.Parse("""{ echo(text: "a") }""");
        var token = TestContext.Current.CancellationToken;

        var first = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = document, CancellationToken = token });
        var second = await Executor.ExecuteAsync(new ExecutionRequest { Schema = other, Document = document, CancellationToken = token });

        Assert.Equal("""{"data":{"echo":"a"}}""", first.ToJson());
        Assert.Equal("""{"data":{"echo":"other a"}}""", second.ToJson());
    }
}
