using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Language;
using CustomerCentric.GraphQL.Tests.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.DataLoader;

/// <summary>Subscription events mapped through execution drive a DataLoader scope of their own: one batch per event, no cache across events.</summary>
public sealed class SubscriptionDataLoaderTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Subscription { complaintsRouted: [Complaint!]! }
        type Complaint { id: ID! customer: Customer }
        type Customer { id: ID! name: String }
        """;

    private const int ComplaintsPerEvent = 20;

    private readonly ConcurrentQueue<IReadOnlyList<string>> _customerFetches = new();

    [Fact]
    public async Task Each_event_loads_the_customers_of_its_complaints_in_one_batch()
    {
        var token = TestContext.Current.CancellationToken;
        var requestItems = new Dictionary<string, object?> { ["user"] = "lead" };
        var seenUsers = new ConcurrentBag<object?>();
        var subscription = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = Schema(seenUsers),
            Document = Parser.Parse("subscription { complaintsRouted { id customer { id name } } }"),
            Items = requestItems,
            CancellationToken = token,
        });

        Assert.Null(subscription.Error);
        var responses = new List<JsonNode>();
        await foreach (var response in subscription.Stream!.WithCancellation(token))
        {
            Assert.Null(response.Errors);
            responses.Add(JsonNode.Parse(response.ToJson())!);
        }

        // Event 1 names customers k0..k4, event 2 k3..k7: each event fetches its own five once, k3 and k4 again (fresh, not cached).
        Assert.Equal(2, responses.Count);
        Assert.Equal([["k0", "k1", "k2", "k3", "k4"], ["k3", "k4", "k5", "k6", "k7"]], _customerFetches.Select(keys => keys.Order(StringComparer.Ordinal).ToArray()));
        for (var e = 0; e < responses.Count; e++)
        {
            var complaints = responses[e]["data"]!["complaintsRouted"]!.AsArray();
            Assert.Equal(ComplaintsPerEvent, complaints.Count);
            for (var i = 0; i < ComplaintsPerEvent; i++)
            {
                var customerId = CustomerOf(e, i);
                Assert.Equal(customerId, complaints[i]!["customer"]!["id"]!.GetValue<string>());
                Assert.Equal($"{customerId} (fetch {e + 1})", complaints[i]!["customer"]!["name"]!.GetValue<string>());
            }
        }

        // The events saw the request's items, and their loaders stayed out of them.
        Assert.Equal(["lead"], seenUsers.Distinct());
        Assert.False(requestItems.ContainsKey(DataLoaderScope.ItemsKey));
    }

    // Event e's complaint i belongs to one of five customers, shifted by three per event.
    private static string CustomerOf(int e, int i) => "k" + ((3 * e) + (i % 5));

    private static async IAsyncEnumerable<object?> Events([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var e = 0; e < 2; e++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return Enumerable.Range(0, ComplaintsPerEvent)
                .Select(i => (object?)new Dictionary<string, object?> { ["id"] = $"e{e}c{i}", ["customerId"] = CustomerOf(e, i) })
                .ToList();
        }
    }

    private GraphQLSchema Schema(ConcurrentBag<object?> seenUsers) => ExecutionTestSchema.Build(
        Sdl,
        new SchemaResolvers()
            .Subscription(
                "Subscription",
                "complaintsRouted",
                context => new ValueTask<IAsyncEnumerable<object?>>(Events(context.CancellationToken)),
                context => new ValueTask<object?>(context.Source))
            .Field("Complaint", "customer", async (IResolveFieldContext context) =>
            {
                seenUsers.Add(context.Items.TryGetValue("user", out var user) ? user : null);
                var complaint = (IReadOnlyDictionary<string, object?>)context.Source!;
                return await context.BatchDataLoader<string, object?>("customers", async (keys, _) =>
                {
                    _customerFetches.Enqueue(keys);
                    var fetch = _customerFetches.Count;
                    await Task.Yield();
                    return keys.ToDictionary(key => key, key => (object?)new Dictionary<string, object?> { ["id"] = key, ["name"] = $"{key} (fetch {fetch})" });
                }).LoadAsync((string)complaint["customerId"]!, context.CancellationToken);
            }));
}
