using System.Net;
using System.Text.Json;
using CustomerCentric.Api.Tests.Hosting;

namespace CustomerCentric.Api.Tests.Queries;

/// <summary>Paging forwards and backwards, filters, sorting and global IDs over the seeded database (200 customers).</summary>
public sealed class QueryTests(ApiApp app) : IClassFixture<ApiApp>
{
    private static readonly string[] OpenStatuses = ["RECEIVED", "ROUTED", "ACKNOWLEDGED"];
    private static readonly string[] Severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

    private const string CustomerPage = """
        query ($first: Int, $after: String, $last: Int, $before: String, $where: CustomerFilterInput, $orderBy: CustomerOrder! = NAME_ASC) {
          customers(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {
            totalCount
            edges { cursor node { id name email segment } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task Paging_forwards_then_backwards_visits_every_customer_once_in_order()
    {
        var client = app.Client();
        var forwards = new List<string>();
        string? after = null;
        int total;
        var pages = 0;
        while (true)
        {
            var page = (await client.DataAsync(CustomerPage, new { first = 30, after })).GetProperty("customers");
            total = page.GetProperty("totalCount").GetInt32();
            forwards.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            Assert.Equal(pages > 0, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            pages++;
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(200, total);
        Assert.Equal(total, forwards.Count);
        Assert.Equal(total, forwards.Distinct().Count());
        Assert.Equal(7, pages);

        var backwards = new List<string>();
        string? before = null;
        while (true)
        {
            var page = (await client.DataAsync(CustomerPage, new { last = 45, before })).GetProperty("customers");
            backwards.InsertRange(0, page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task Customers_are_sorted_and_filtered_by_segment_name_email_and_free_text()
    {
        var client = app.Client();
        var descending = Names(await client.DataAsync(CustomerPage, new { first = 100, orderBy = "NAME_DESC" }));
        Assert.Equal(descending.OrderByDescending(n => n, StringComparer.Ordinal), descending);

        var keyAccounts = (await client.DataAsync(CustomerPage, new { first = 100, where = new { segment = "KEY_ACCOUNT" } })).GetProperty("customers");
        var segments = keyAccounts.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("segment").GetString()).ToList();
        Assert.NotEmpty(segments);
        Assert.All(segments, s => Assert.Equal("KEY_ACCOUNT", s));
        Assert.True(keyAccounts.GetProperty("totalCount").GetInt32() < 200);

        var first = (await client.DataAsync(CustomerPage, new { first = 1 })).GetProperty("customers").GetProperty("edges")[0].GetProperty("node");
        var name = first.GetProperty("name").GetString()!;
        var byName = Names(await client.DataAsync(CustomerPage, new { first = 100, where = new { name = name.Split(' ')[1].ToUpperInvariant() } }));
        Assert.Contains(name, byName);
        Assert.All(byName, n => Assert.Contains(name.Split(' ')[1], n, StringComparison.OrdinalIgnoreCase));

        var byEmail = Names(await client.DataAsync(CustomerPage, new { first = 100, where = new { email = first.GetProperty("email").GetString()!.ToUpperInvariant() } }));
        Assert.Equal([name], byEmail);

        var bySearch = Names(await client.DataAsync(CustomerPage, new { first = 100, where = new { search = first.GetProperty("email").GetString()![..8] } }));
        Assert.Contains(name, bySearch);
    }

    [Fact]
    public async Task Complaints_filter_by_status_and_severity_and_sort_by_severity()
    {
        var data = await app.Client().DataAsync("""
            {
              critical: complaints(first: 100, where: { severity: [CRITICAL] }) { totalCount nodes { severity } }
              open: complaints(first: 100, where: { status: [RECEIVED, ROUTED, ACKNOWLEDGED] }) { nodes { status } }
              bySeverity: complaints(first: 100, orderBy: SEVERITY_DESC) { nodes { severity submittedAt } }
              all: complaints { totalCount }
            }
            """);
        var critical = data.GetProperty("critical").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("severity").GetString()).ToList();
        Assert.All(critical, s => Assert.Equal("CRITICAL", s));
        Assert.True(data.GetProperty("critical").GetProperty("totalCount").GetInt32() < data.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("open").GetProperty("nodes").EnumerateArray(), n => Assert.Contains(n.GetProperty("status").GetString()!, OpenStatuses));
        var ranks = data.GetProperty("bySeverity").GetProperty("nodes").EnumerateArray().Select(n => Array.IndexOf(Severities, n.GetProperty("severity").GetString()!)).ToList();
        Assert.Equal(ranks.OrderByDescending(r => r), ranks);
    }

    [Fact]
    public async Task Node_finds_objects_by_opaque_id_and_customers_have_timeline_and_relationship_health()
    {
        var client = app.Client();
        var customer = (await client.DataAsync("""
            { customers(first: 1, where: { segment: KEY_ACCOUNT }) { nodes { id name
                timeline(first: 50) { totalCount nodes { __typename ... on Interaction { occurredAt } ... on Complaint { submittedAt } } }
                interactions { totalCount } complaints { totalCount }
                relationshipHealth { score trend reasons } } } }
            """)).GetProperty("customers").GetProperty("nodes")[0];
        var id = customer.GetProperty("id").GetString()!;
        Assert.DoesNotContain("-", id); // opaque, not the raw UUID

        var node = await client.DataAsync("query ($id: ID!) { node(id: $id) { __typename id ... on Customer { name } } nodes(ids: [$id, \"bm9wZQ\"]) { id } }", new { id });
        Assert.Equal("Customer", node.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(customer.GetProperty("name").GetString(), node.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("nodes")[1].ValueKind);

        var timeline = customer.GetProperty("timeline");
        Assert.Equal(
            customer.GetProperty("interactions").GetProperty("totalCount").GetInt32() + customer.GetProperty("complaints").GetProperty("totalCount").GetInt32(),
            timeline.GetProperty("totalCount").GetInt32());
        var times = timeline.GetProperty("nodes").EnumerateArray()
            .Select(n => DateTimeOffset.Parse(n.TryGetProperty("occurredAt", out var at) ? at.GetString()! : n.GetProperty("submittedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);

        var health = customer.GetProperty("relationshipHealth");
        Assert.InRange(health.GetProperty("score").GetInt32(), 0, 100);
        Assert.NotEmpty(health.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task Bad_paging_arguments_and_ids_are_user_errors_and_callers_without_a_key_are_refused()
    {
        var client = app.Client();
        var (_, badCursor) = await client.SendAsync("{ customers(after: \"bm9wZQ\") { totalCount } }");
        Assert.Equal("BAD_USER_INPUT", badCursor.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var (_, tooMany) = await client.SendAsync("{ customers(first: 1000) { totalCount } }");
        Assert.Contains("between 0 and 100", tooMany.GetProperty("errors")[0].GetProperty("message").GetString());

        var (status, anonymous) = await app.Client(apiKey: null).SendAsync("{ customers { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var (wrongStatus, _) = await app.Client(apiKey: "cc_wrong").SendAsync("{ customers { totalCount } }");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongStatus);
    }

    [Fact]
    public async Task Deep_operations_are_refused_before_they_run_and_introspection_is_off_outside_development()
    {
        var client = app.Client();
        var deputies = string.Concat(Enumerable.Repeat("deputy { ", 12)) + "name" + string.Concat(Enumerable.Repeat(" }", 12));
        var (_, deep) = await client.SendAsync("{ complaints { nodes { assignee { " + deputies + " } } } }");
        Assert.Equal("MAX_DEPTH_EXCEEDED", deep.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var (_, introspection) = await client.SendAsync("{ __schema { types { name } } }");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", introspection.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<string> Names(JsonElement data) =>
        [.. data.GetProperty("customers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!)];
}
