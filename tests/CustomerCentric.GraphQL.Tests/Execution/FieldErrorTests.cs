using CustomerCentric.GraphQL.Error;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

public sealed class FieldErrorTests
{
    private static readonly string Sdl = """
        type Query { items: [Item] required: Item! }
        type Item { id: ID! name: String fails: String failsRequired: String! failsAsync: String }
        """;

    private static readonly object[] Items = [new Dictionary<string, object?> { ["id"] = "1", ["name"] = "one" }, new Dictionary<string, object?> { ["id"] = "2", ["name"] = "two" }];

    [Fact]
    public async Task Resolver_exceptions_become_errors_with_message_path_and_locations()
    {
        var schema = Schema();

        var result = await ExecutionTestSchema.ExecuteAsync(schema, "{ items { id fails failsAsync } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"data":{"items":[{"id":"1","fails":null,"failsAsync":null},{"id":"2","fails":null,"failsAsync":null}]}}""",
            StripErrors(result.ToJson()));
        var errors = result.Errors!.OrderBy(error => string.Join('.', error.Path!)).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Equal(["items", 0, "fails"], errors[0].Path);
        Assert.Equal("boom 1", errors[0].Message);
        Assert.Equal(1, errors[0].Locations![0].Line);
        Assert.Equal(14, errors[0].Locations![0].Column);
        Assert.IsType<InvalidOperationException>(errors[0].OriginalError);
        Assert.Equal(["items", 0, "failsAsync"], errors[1].Path);
        Assert.Equal("async boom 1", errors[1].Message);
    }

    [Fact]
    public async Task A_failing_non_null_field_nulls_its_nearest_nullable_parent()
    {
        var result = await ExecutionTestSchema.ExecuteAsync(Schema(), "{ items { id failsRequired } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("""{"data":{"items":[null,null]}}""", StripErrors(result.ToJson()));
        Assert.Equal([["items", 0, "failsRequired"], ["items", 1, "failsRequired"]], result.Errors!.Select(error => error.Path!).OrderBy(path => path[1]));
    }

    [Fact]
    public async Task A_failing_non_null_root_field_nulls_the_data()
    {
        var result = await ExecutionTestSchema.ExecuteAsync(Schema(), "{ items { id } required { id } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.required.","locations":[{"line":1,"column":16}],"path":["required"]}],"data":null}""",
            result.ToJson());
    }

    [Fact]
    public async Task GraphQL_errors_thrown_by_resolvers_keep_their_extensions()
    {
        var schema = ExecutionTestSchema.Build(
            "type Query { secret: String }",
            new SchemaResolvers().Field("Query", "secret", _ =>
                throw new GraphQLError("Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" })));

        var result = await ExecutionTestSchema.ExecuteAsync(schema, "{ secret }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"FORBIDDEN"}}],"data":{"secret":null}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Errors_below_an_async_field_name_its_own_path_while_later_siblings_run_on()
    {
        // Each item's "later" resumes after the executor has moved on to the next item: the errors below it must still name their item.
        var schema = ExecutionTestSchema.Build(
            """
            type Query { items: [Item] }
            type Item { id: ID! later: Detail }
            type Detail { fails: String parts: [Part] }
            type Part { fails: String }
            """,
            new SchemaResolvers()
                .Field("Query", "items", _ => new ValueTask<object?>(Items))
                .Field("Item", "later", async context =>
                {
                    await Task.Yield();
                    return new Dictionary<string, object?> { ["id"] = Id(context), ["parts"] = new object?[] { new Dictionary<string, object?>(), new Dictionary<string, object?>() } };
                })
                .Field("Detail", "fails", context => throw new InvalidOperationException("detail " + Id(context)))
                .Field("Part", "fails", _ => throw new InvalidOperationException("part")));

        var result = await ExecutionTestSchema.ExecuteAsync(schema, "{ items { id later { fails parts { fails } } } }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                "items.0.later.fails: detail 1", "items.0.later.parts.0.fails: part", "items.0.later.parts.1.fails: part",
                "items.1.later.fails: detail 2", "items.1.later.parts.0.fails: part", "items.1.later.parts.1.fails: part",
            ],
            result.Errors!.Select(error => string.Join('.', error.Path!) + ": " + error.Message).Order(StringComparer.Ordinal));
    }

    private static GraphQLSchema Schema() => ExecutionTestSchema.Build(
        Sdl,
        new SchemaResolvers()
            .Field("Query", "items", _ => new ValueTask<object?>(Items))
            .Field("Query", "required", _ => new ValueTask<object?>((object?)null))
            .Field("Item", "fails", context => throw new InvalidOperationException("boom " + Id(context)))
            .Field("Item", "failsRequired", context => throw new InvalidOperationException("required boom " + Id(context)))
            .Field("Item", "failsAsync", async context =>
            {
                await Task.Yield();
                throw new InvalidOperationException("async boom " + Id(context));
            }));

    private static object? Id(IResolveFieldContext context) => ((IReadOnlyDictionary<string, object?>)context.Source!)["id"];

    private static string StripErrors(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("errors");
        return node.ToJsonString();
    }
}
