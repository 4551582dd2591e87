using System.Runtime.CompilerServices;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Subscription { complaintRouted(minSeverity: Int = 0): Routed }
        type Routed { id: ID! severity: Int owner: String }
        """;

    [Fact]
    public async Task Each_source_event_is_executed_into_one_response()
    {
        var seenArguments = new List<object?>();
        var schema = ExecutionTestSchema.Build(Sdl, new SchemaResolvers().Subscription(
            "Subscription",
            "complaintRouted",
            context =>
            {
                seenArguments.Add(context.Arguments["minSeverity"]);
                return new ValueTask<IAsyncEnumerable<object?>>(Events(context.CancellationToken));
            },
            context => new ValueTask<object?>(new Dictionary<string, object?> { ["id"] = context.Source, ["severity"] = 3, ["owner"] = "owner of " + context.Source })));

        var subscription = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("subscription ($min: Int) { complaintRouted(minSeverity: $min) { id owner } }"),
            VariableValues = new Dictionary<string, object?> { ["min"] = 2 },
            CancellationToken = TestContext.Current.CancellationToken,
        });

        Assert.Null(subscription.Error);
        var responses = new List<string>();
        await foreach (var response in subscription.Stream!.WithCancellation(TestContext.Current.CancellationToken))
        {
            responses.Add(response.ToJson());
        }

        Assert.Equal([2], seenArguments);
        Assert.Equal(
            [
                """{"data":{"complaintRouted":{"id":"c1","owner":"owner of c1"}}}""",
                """{"data":{"complaintRouted":{"id":"c2","owner":"owner of c2"}}}""",
            ],
            responses);
    }

    [Fact]
    public async Task A_failing_subscribe_resolver_gives_an_error_response_instead_of_a_stream()
    {
        var schema = ExecutionTestSchema.Build(Sdl, new SchemaResolvers().Subscription(
            "Subscription", "complaintRouted", _ => throw new UnauthorizedAccessException("Sign in first.")));

        var subscription = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("subscription { complaintRouted { id } }"),
            CancellationToken = TestContext.Current.CancellationToken,
        });

        Assert.Null(subscription.Stream);
        Assert.Equal(
            """{"errors":[{"message":"Sign in first.","locations":[{"line":1,"column":16}],"path":["complaintRouted"]}]}""",
            subscription.Error!.ToJson());
    }

    [Fact]
    public async Task A_schema_without_subscriptions_refuses_them()
    {
        var schema = ExecutionTestSchema.Build("type Query { ok: Boolean }", new SchemaResolvers());

        var subscription = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("subscription { ok }"),
            CancellationToken = TestContext.Current.CancellationToken,
        });

        Assert.Equal(
            """{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}]}""",
            subscription.Error!.ToJson());
    }

    private static async IAsyncEnumerable<object?> Events([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var id in new[] { "c1", "c2" })
        {
            await Task.Delay(5, cancellationToken);
            yield return id;
        }
    }
}
