using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

public sealed class GraphQLExecutorTests
{
    private static readonly GraphQLSchema Schema = ExecutionTestSchema.Build(
        "type Query { hello: String }", new SchemaResolvers().Field("Query", "hello", _ => new ValueTask<object?>("world")));

    [Fact]
    public async Task Syntax_errors_give_errors_without_data()
    {
        var result = await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ hello" }, TestContext.Current.CancellationToken);

        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found \u003CEOF\u003E.","locations":[{"line":1,"column":8}]}]}""", result.ToJson());
    }

    [Fact]
    public async Task Validation_errors_give_errors_without_data()
    {
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions
        {
            Validation = (_, document) => [new GraphQLError("Rejected by validation.", [document.Definitions[0]])],
        });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" }, TestContext.Current.CancellationToken);

        Assert.Equal("""{"errors":[{"message":"Rejected by validation.","locations":[{"line":1,"column":1}]}]}""", result.ToJson());
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_while_typename_still_works()
    {
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions { AllowIntrospection = false });

        var refused = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello __schema { types { name } } }" }, TestContext.Current.CancellationToken);
        var allowed = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ __typename hello }" }, TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \u0022__schema\u0022.","locations":[{"line":1,"column":9}]}]}""",
            refused.ToJson());
        Assert.Equal("""{"data":{"__typename":"Query","hello":"world"}}""", allowed.ToJson());
    }

    [Fact]
    public async Task The_executor_refuses_introspection_fields_when_told_to_even_without_the_pipeline()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("{ __type(name: \"Query\") { name } }"),
            AllowIntrospection = false,
            CancellationToken = TestContext.Current.CancellationToken,
        });

        Assert.Equal(
            """{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \u0022__type\u0022.","locations":[{"line":1,"column":3}],"path":["__type"]}],"data":{"__type":null}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Parser_limits_apply_to_requests()
    {
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions { Parser = new ParserOptions { MaxTokens = 5 } });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello hello hello hello }" }, TestContext.Current.CancellationToken);

        Assert.False(result.HasData);
        Assert.StartsWith("Syntax Error:", result.Errors![0].Message, StringComparison.Ordinal);
    }
}
