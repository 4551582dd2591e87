using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Execution;
using CustomerCentric.GraphQL.Tests.Execution;
using CustomerCentric.GraphQL.Types;
using CustomerCentric.GraphQL.Utilities;

namespace CustomerCentric.GraphQL.Tests.DataLoader;

/// <summary>The executor dispatches the request's data loaders: one fetch per loader per level, fetch failures as field errors.</summary>
public sealed class DataLoaderExecutionTests
{
    private const string Sdl = """
        type Query { customers: [Customer!]! slowCustomers: [Customer!]! plain: String }
        type Customer { id: ID! touchpoints: [Touchpoint!] owner: User }
        type Touchpoint { id: ID! }
        type User { id: ID! team: Team }
        type Team { id: ID! }
        """;

    private const int CustomerCount = 50;

    private readonly CancellationToken _cancellationToken = TestContext.Current.CancellationToken;
    private readonly ConcurrentQueue<IReadOnlyList<int>> _touchpointFetches = new();
    private readonly ConcurrentQueue<IReadOnlyList<string>> _ownerFetches = new();
    private readonly ConcurrentQueue<IReadOnlyList<string>> _teamFetches = new();

    [Fact]
    public async Task Fifty_customers_load_touchpoints_and_owners_with_one_fetch_each()
    {
        var result = await Execute(Schema(failTouchpoints: false), "{ customers { id touchpoints { id } owner { id } } }");

        Assert.Null(result.Errors);
        Assert.Equal(Enumerable.Range(0, CustomerCount), Assert.Single(_touchpointFetches).Order());
        Assert.Equal(Enumerable.Range(0, CustomerCount).Select(OwnerId).Distinct().Order(), Assert.Single(_ownerFetches).Order());
        var customers = JsonNode.Parse(result.ToJson())!["data"]!["customers"]!.AsArray();
        Assert.Equal(CustomerCount, customers.Count);
        for (var i = 0; i < CustomerCount; i++)
        {
            var customer = customers[i]!;
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), customer["id"]!.GetValue<string>());
            Assert.Equal([$"t{i}a", $"t{i}b"], customer["touchpoints"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
            Assert.Equal(OwnerId(i), customer["owner"]!["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_nested_level_is_batched_once_after_the_level_above_it()
    {
        var result = await Execute(Schema(failTouchpoints: false), "{ customers { owner { id team { id } } } }");

        Assert.Null(result.Errors);
        Assert.Single(_ownerFetches);
        Assert.Equal(Enumerable.Range(0, CustomerCount).Select(OwnerId).Distinct().Order(), Assert.Single(_teamFetches).Order());
        var first = JsonNode.Parse(result.ToJson())!["data"]!["customers"]![7]!;
        Assert.Equal(TeamId(OwnerId(7)), first["owner"]!["team"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Customers_resolved_asynchronously_still_batch_their_loads_once()
    {
        for (var round = 0; round < 20; round++)
        {
            _ownerFetches.Clear();
            _teamFetches.Clear();
            var result = await Execute(Schema(failTouchpoints: false), "{ slowCustomers { owner { id team { id } } } }");

            Assert.Null(result.Errors);
            Assert.Equal(10, Assert.Single(_ownerFetches).Count);
            Assert.Single(_teamFetches);
        }
    }

    [Fact]
    public async Task A_failing_fetch_gives_an_error_with_the_path_of_each_customer()
    {
        var result = await Execute(Schema(failTouchpoints: true), "{ customers { id touchpoints { id } owner { id } } }");

        Assert.Single(_touchpointFetches);
        Assert.NotNull(result.Errors);
        Assert.Equal(
            Enumerable.Range(0, CustomerCount).Select(i => $"customers.{i}.touchpoints").ToHashSet(),
            result.Errors.Select(error => string.Join('.', error.Path!)).ToHashSet());
        Assert.Equal(CustomerCount, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("touchpoint store unavailable", error.Message));
        var customers = JsonNode.Parse(result.ToJson())!["data"]!["customers"]!.AsArray();
        Assert.All(customers, customer => Assert.Null(customer!["touchpoints"]));
        Assert.Equal(OwnerId(3), customers[3]!["owner"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_without_loaders_completes_without_a_scope()
    {
        var items = new Dictionary<string, object?>();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema(failTouchpoints: false),
            Document = CustomerCentric.GraphQL.Language.Parser.Parse("{ plain customers { id } }"),
            Items = items,
            CancellationToken = _cancellationToken,
        });

        Assert.Null(result.Errors);
        Assert.Equal("plain", JsonNode.Parse(result.ToJson())!["data"]!["plain"]!.GetValue<string>());
        Assert.False(items.ContainsKey(DataLoaderScope.ItemsKey));
        Assert.Empty(_touchpointFetches);
    }

    // Fifty customers share ten owners: the batch holds each owner once.
    private static string OwnerId(int customer) => "u" + (customer % 10);

    private static string TeamId(string owner) => "team-" + owner;

    private ValueTask<ExecutionResult> Execute(GraphQLSchema schema, string query) =>
        ExecutionTestSchema.ExecuteAsync(schema, query, timeout: TimeSpan.FromSeconds(10), cancellationToken: _cancellationToken);

    private GraphQLSchema Schema(bool failTouchpoints)
    {
        var customers = Enumerable.Range(0, CustomerCount)
            .Select(i => (object?)new Dictionary<string, object?> { ["id"] = i, ["ownerId"] = OwnerId(i) })
            .ToList();
        return ExecutionTestSchema.Build(
            Sdl,
            new SchemaResolvers()
                .Field("Query", "customers", _ => new ValueTask<object?>(customers))
                .Field("Query", "slowCustomers", async _ =>
                {
                    await Task.Yield();
                    return customers;
                })
                .Field("Query", "plain", _ => new ValueTask<object?>("plain"))
                .Field("Customer", "touchpoints", async context =>
                    await context.GroupedDataLoader<int, object?>("touchpoints", (keys, _) =>
                    {
                        _touchpointFetches.Enqueue(keys);
                        return failTouchpoints
                            ? Task.FromException<ILookup<int, object?>>(new InvalidOperationException("touchpoint store unavailable"))
                            : Task.FromResult(keys
                                .SelectMany(key => new[] { "a", "b" }.Select(suffix => (Key: key, Id: $"t{key}{suffix}")))
                                .ToLookup(pair => pair.Key, pair => (object?)new Dictionary<string, object?> { ["id"] = pair.Id }));
                    }).LoadAsync((int)Source(context)["id"]!, context.CancellationToken))
                .Field("Customer", "owner", async context =>
                    await context.BatchDataLoader<string, object?>("owners", async (keys, _) =>
                    {
                        _ownerFetches.Enqueue(keys);
                        await Task.Yield();
                        return keys.ToDictionary(key => key, key => (object?)new Dictionary<string, object?> { ["id"] = key });
                    }).LoadAsync((string)Source(context)["ownerId"]!, context.CancellationToken))
                .Field("User", "team", async context =>
                    await context.BatchDataLoader<string, object?>("teams", (keys, _) =>
                    {
                        _teamFetches.Enqueue(keys);
                        return Task.FromResult<IReadOnlyDictionary<string, object?>>(
                            keys.ToDictionary(key => key, key => (object?)new Dictionary<string, object?> { ["id"] = TeamId(key) }));
                    }).LoadAsync((string)Source(context)["id"]!, context.CancellationToken)));
    }

    private static IReadOnlyDictionary<string, object?> Source(IResolveFieldContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Source!;
}
