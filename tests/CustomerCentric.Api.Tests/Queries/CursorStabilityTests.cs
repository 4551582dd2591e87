using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using CustomerCentric.Api.Tests.Hosting;

namespace CustomerCentric.Api.Tests.Queries;

/// <summary>
/// Cursors hold their row's sort keys, not its position: a page after a cursor starts right after that row however many
/// rows were inserted before it meanwhile, every ordering visits each row once, and a cursor of another order is refused.
/// On a database of its own, since it registers customers.
/// </summary>
public sealed class CursorStabilityTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string Register = """
        mutation ($input: RegisterCustomerInput!) { registerCustomer(input: $input) { customer { id } errors { __typename } } }
        """;

    private const string Page = """
        query ($search: String!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: CustomerOrder! = NAME_ASC) {
          customers(where: { search: $search }, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
            edges { cursor node { name } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    [Fact]
    public async Task A_page_after_a_cursor_continues_after_its_row_when_rows_were_inserted_before_it()
    {
        var client = app.Client();
        var tag = "Keyset" + Guid.NewGuid().ToString("N")[..8];
        foreach (var n in new[] { "B1", "B2", "B3", "B4", "B5", "B6" })
        {
            await RegisterAsync(client, $"{tag} {n}");
        }

        var first = await PageAsync(client, new { search = tag, first = 3 });
        Assert.Equal([$"{tag} B1", $"{tag} B2", $"{tag} B3"], Names(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        // Two rows now sort before the page's end: position cursors would repeat B2 and B3.
        await RegisterAsync(client, $"{tag} A1");
        await RegisterAsync(client, $"{tag} A2");
        var second = await PageAsync(client, new { search = tag, first = 3, after = EndCursor(first) });
        Assert.Equal([$"{tag} B4", $"{tag} B5", $"{tag} B6"], Names(second));
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        // Backwards from B4, with a row inserted just before it.
        await RegisterAsync(client, $"{tag} B35");
        var back = await PageAsync(client, new { search = tag, last = 3, before = second.GetProperty("pageInfo").GetProperty("startCursor").GetString() });
        Assert.Equal([$"{tag} B2", $"{tag} B3", $"{tag} B35"], Names(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var descending = await PageAsync(client, new { search = tag, first = 2, orderBy = "NAME_DESC" });
        Assert.Equal([$"{tag} B6", $"{tag} B5"], Names(descending));
        var rest = await PageAsync(client, new { search = tag, first = 10, after = EndCursor(descending), orderBy = "NAME_DESC" });
        Assert.Equal([$"{tag} B4", $"{tag} B35", $"{tag} B3", $"{tag} B2", $"{tag} B1", $"{tag} A2", $"{tag} A1"], Names(rest));
    }

    [Fact]
    public async Task Ordering_complaints_by_severity_pages_through_each_once_in_rank_order()
    {
        var client = app.Client();
        const string query = """
            query ($after: String) {
              complaints(orderBy: SEVERITY_DESC, first: 40, after: $after) {
                totalCount nodes { id severity } pageInfo { hasNextPage endCursor }
              }
            }
            """;
        var ids = new List<string>();
        var ranks = new List<int>();
        string? after = null;
        int total;
        do
        {
            var page = (await client.DataAsync(query, new { after })).GetProperty("complaints");
            total = page.GetProperty("totalCount").GetInt32();
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                ids.Add(node.GetProperty("id").GetString()!);
                ranks.Add(Array.IndexOf(["LOW", "MEDIUM", "HIGH", "CRITICAL"], node.GetProperty("severity").GetString()));
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(total > 80, $"the seed should give several pages of complaints, not {total}");
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
        Assert.Equal(ranks.OrderDescending(), ranks);
    }

    [Fact]
    public async Task A_customers_timeline_pages_forwards_and_backwards_through_the_same_items_as_one_long_page()
    {
        var client = app.Client();
        const string query = """
            query ($first: Int, $after: String, $last: Int, $before: String) {
              customers(first: 1, orderBy: NAME_ASC) {
                nodes {
                  timeline(first: $first, after: $after, last: $last, before: $before) {
                    totalCount
                    nodes { __typename ... on Interaction { id } ... on Complaint { id } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  }
                }
              }
            }
            """;
        JsonElement Timeline(JsonElement data) => data.GetProperty("customers").GetProperty("nodes")[0].GetProperty("timeline");
        static IEnumerable<string> Ids(JsonElement timeline) => timeline.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!);

        var all = Timeline(await client.DataAsync(query, new { first = 100 }));
        var whole = Ids(all).ToList();
        Assert.True(whole.Count >= 3, $"the first customer should have a few timeline items, not {whole.Count}");
        Assert.Equal(whole.Count, all.GetProperty("totalCount").GetInt32());
        var paged = new List<string>();
        string? after = null;
        do
        {
            var timeline = Timeline(await client.DataAsync(query, new { first = 2, after }));
            paged.AddRange(Ids(timeline));
            after = timeline.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? timeline.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(whole, paged);

        var backwards = new List<string>();
        string? before = null;
        do
        {
            var timeline = Timeline(await client.DataAsync(query, new { last = 2, before }));
            backwards.InsertRange(0, Ids(timeline));
            before = timeline.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? timeline.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(whole, backwards);
    }

    [Fact]
    public async Task A_customers_open_complaints_are_those_of_its_complaints_not_yet_resolved_in_the_same_order()
    {
        var client = app.Client();
        const string query = """
            {
              customers(first: 50) {
                nodes {
                  complaints(first: 100) { nodes { id status } }
                  openComplaints(first: 100) { totalCount nodes { id } }
                }
              }
            }
            """;
        string[] open = ["RECEIVED", "ROUTED", "ACKNOWLEDGED"];
        var customers = (await client.DataAsync(query)).GetProperty("customers").GetProperty("nodes").EnumerateArray().ToList();
        var expected = customers.Select(c => c.GetProperty("complaints").GetProperty("nodes").EnumerateArray()
            .Where(n => open.Contains(n.GetProperty("status").GetString())).Select(n => n.GetProperty("id").GetString()).ToList()).ToList();
        var actual = customers.Select(c => c.GetProperty("openComplaints").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList()).ToList();

        Assert.True(expected.Sum(e => e.Count) > 5, "the seed should give open complaints");
        Assert.True(customers.Any(c => c.GetProperty("complaints").GetProperty("nodes").GetArrayLength() > c.GetProperty("openComplaints").GetProperty("nodes").GetArrayLength()),
            "the seed should give resolved complaints too");
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Select(e => e.Count), customers.Select(c => c.GetProperty("openComplaints").GetProperty("totalCount").GetInt32()));
    }

    [Fact]
    public async Task A_cursor_of_another_order_or_connection_or_with_keys_of_the_wrong_type_is_a_user_error()
    {
        var client = app.Client();
        var cursor = (await client.DataAsync("{ customers(first: 1) { pageInfo { endCursor } } }")).GetProperty("customers").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("[\"customers:NAME_ASC\", 5, \"not-a-uuid\"]"));
        foreach (var query in new[]
        {
            $"{{ customers(orderBy: NAME_DESC, after: \"{cursor}\") {{ totalCount }} }}",
            $"{{ complaints(after: \"{cursor}\") {{ totalCount }} }}",
            $"{{ customers(before: \"{forged}\") {{ totalCount }} }}",
        })
        {
            var (_, body) = await client.SendAsync(query);
            var error = body.GetProperty("errors")[0];
            Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("is not a cursor of this connection", error.GetProperty("message").GetString());
        }
    }

    private static async Task RegisterAsync(GraphQLClient client, string name)
    {
        var input = new { name, email = $"{Guid.NewGuid():N}@example.com", phone = (string?)null, preferredLanguage = "en", preferredChannel = "EMAIL", segment = "PRIVATE" };
        var payload = (await client.DataAsync(Register, new { input })).GetProperty("registerCustomer");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
    }

    private static async Task<JsonElement> PageAsync(GraphQLClient client, object variables) =>
        (await client.DataAsync(Page, variables)).GetProperty("customers");

    private static string[] Names(JsonElement page) =>
        [.. page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!)];

    private static string? EndCursor(JsonElement page) => page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
}
