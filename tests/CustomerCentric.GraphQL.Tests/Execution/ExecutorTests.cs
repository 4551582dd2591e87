using System.Collections.Concurrent;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    [Fact]
    public async Task Async_and_sync_resolvers_fill_the_result_in_query_order()
    {
        var schema = ExecutionTestSchema.Build(
            "type Query { slow: String fast: Int nested: Item } type Item { label: String }",
            new SchemaResolvers()
                .Field("Query", "slow", async context =>
                {
                    await Task.Delay(20, context.CancellationToken);
                    return "slow";
                })
                .Field("Query", "fast", _ => new ValueTask<object?>(7))
                .Field("Query", "nested", async _ =>
                {
                    await Task.Yield();
                    return new Dictionary<string, object?> { ["label"] = "inner" };
                }));

        var result = await ExecutionTestSchema.ExecuteAsync(schema, "{ nested { label } slow fast }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("""{"data":{"nested":{"label":"inner"},"slow":"slow","fast":7}}""", result.ToJson());
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        // Each resolver waits until both have started: executed one after the other, the first would wait forever.
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async ValueTask<object?> Rendezvous(string name)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return name;
        }

        var schema = ExecutionTestSchema.Build(
            "type Query { a: String b: String }",
            new SchemaResolvers().Field("Query", "a", _ => Rendezvous("a")).Field("Query", "b", _ => Rendezvous("b")));

        var result = await ExecutionTestSchema.ExecuteAsync(schema, "{ a b }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", result.ToJson());
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another_in_document_order()
    {
        var events = new ConcurrentQueue<string>();
        FieldResolver Recording(string name, int delayMs) => async context =>
        {
            events.Enqueue("start " + name);
            await Task.Delay(delayMs, context.CancellationToken);
            events.Enqueue("end " + name);
            return name;
        };
        var schema = ExecutionTestSchema.Build(
            "type Query { ok: Boolean } type Mutation { first: String second: String third: String }",
            new SchemaResolvers()
                .Field("Mutation", "first", Recording("first", 60))
                .Field("Mutation", "second", Recording("second", 1))
                .Field("Mutation", "third", Recording("third", 20)));

        var result = await ExecutionTestSchema.ExecuteAsync(schema, "mutation { third first second }", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("""{"data":{"third":"third","first":"first","second":"second"}}""", result.ToJson());
        Assert.Equal(["start third", "end third", "start first", "end first", "start second", "end second"], events);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stops_execution()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var resolverStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = ExecutionTestSchema.Build(
            "type Query { wait: String }",
            new SchemaResolvers().Field("Query", "wait", async context =>
            {
                resolverStarted.SetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            }));

        var execution = ExecutionTestSchema.ExecuteAsync(schema, "{ wait }", cancellationToken: cancellation.Token).AsTask();
        await resolverStarted.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }

    [Fact]
    public async Task Timeout_gives_a_clear_error_even_when_a_resolver_ignores_the_token()
    {
        var schema = ExecutionTestSchema.Build(
            "type Query { stubborn: String }",
            new SchemaResolvers().Field("Query", "stubborn", async _ =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None);
                return "late";
            }));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await ExecutionTestSchema.ExecuteAsync(
            schema, "{ stubborn }", timeout: TimeSpan.FromMilliseconds(100), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal("""{"errors":[{"message":"Execution timed out after 100 ms."}],"data":null}""", result.ToJson());
    }

    [Fact]
    public async Task Variables_may_come_as_a_dictionary_and_clr_objects_resolve_by_property_name()
    {
        var schema = ExecutionTestSchema.Build(
            "type Query { customer(id: ID!): Customer } type Customer { id: ID! displayName: String tags: [String!]! }",
            new SchemaResolvers().Field("Query", "customer", context =>
                new ValueTask<object?>(new Customer((string)context.Arguments["id"]!, "Ada", ["vip"]))));

        var result = await ExecutionTestSchema.ExecuteAsync(
            schema,
            "query ($id: ID!) { customer(id: $id) { id displayName tags } }",
            variables: new Dictionary<string, object?> { ["id"] = 42 },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("""{"data":{"customer":{"id":"42","displayName":"Ada","tags":["vip"]}}}""", result.ToJson());
    }

    [Fact]
    public async Task Invalid_variables_give_errors_and_no_data()
    {
        var schema = ExecutionTestSchema.Build("type Query { echo(n: Int): Int }", new SchemaResolvers());

        var result = await ExecutionTestSchema.ExecuteAsync(
            schema, "query ($n: Int!) { echo(n: $n) }", variables: new Dictionary<string, object?> { ["n"] = "x" },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.HasData);
        Assert.Equal(
            """{"errors":[{"message":"Variable \u0022$n\u0022 got invalid value \u0022x\u0022; Int cannot represent non-integer value: \u0022x\u0022","locations":[{"line":1,"column":8}]}]}""",
            result.ToJson());
    }

    private sealed record Customer(string Id, string DisplayName, string[] Tags);
}
