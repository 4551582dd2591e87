using CustomerCentric.Api.Tests.Hosting;

namespace CustomerCentric.Api.Tests.Queries;

/// <summary>
/// A page of customers with their complaints, touchpoints and assignees costs a few SQL commands, bounded whatever the page
/// size, and reads each customer's nested page only.
/// </summary>
public sealed class DataLoaderTests(CountingApiApp app) : IClassFixture<CountingApiApp>
{
    private const string Query = """
        query ($first: Int!) {
          customers(first: $first) {
            nodes {
              name
              complaints(first: 10) { nodes { status touchpoint { name } assignee { name deputy { name } } history { kind owner { name } } } }
              interactions(first: 5) { nodes { sentiment touchpoint { name defaultOwner { name } } } }
            }
          }
        }
        """;

    // The customers page, then one command per loader and round of batches (complaints and interactions by customer,
    // touchpoints, owners, deputies, history). How loads fall into rounds depends on which fetch finishes first (7 to 9
    // commands measured), never on the page size: without loaders 50 customers would cost hundreds.
    private const int MaxCommands = 9;

    [Fact]
    public async Task A_page_of_50_customers_with_complaints_touchpoints_and_assignees_costs_as_few_SQL_commands_as_a_page_of_5()
    {
        var client = app.Client();
        await client.DataAsync(Query, new { first = 1 }); // warm-up: the API key lookup and EF's model building are not the point

        app.Commands.Reset();
        var data = await client.DataAsync(Query, new { first = 50 });
        var fifty = app.Commands.Count;
        var texts = app.Commands.Texts.ToList();

        app.Commands.Reset();
        await client.DataAsync(Query, new { first = 5 });
        var five = app.Commands.Count;

        var customers = data.GetProperty("customers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(50, customers.Count);
        var complaints = customers.SelectMany(c => c.GetProperty("complaints").GetProperty("nodes").EnumerateArray()).ToList();
        Assert.True(complaints.Count > 10, $"the seed data should give the page complaints to load (got {complaints.Count})");
        Assert.Contains(complaints, c => c.GetProperty("assignee").ValueKind == System.Text.Json.JsonValueKind.Object);
        Assert.InRange(fifty, 6, MaxCommands);
        Assert.InRange(five, 6, MaxCommands);

        // Each customer's page is cut in the database (rows numbered per customer), not from the customer's whole list,
        // and only for the page's customers.
        var complaintPages = texts.Where(t => t.Contains("FROM complaints", StringComparison.Ordinal) && t.Contains("PARTITION BY", StringComparison.Ordinal)).ToList();
        Assert.True(complaintPages.Count == 1, $"one command should read every customer's page of complaints; commands were:\n{string.Join("\n\n", texts)}");
        Assert.Matches(@"customer_id = ANY \(@\w+\)[\s\S]*\) AS \w+\s+WHERE \w+\.row <= @", complaintPages[0]);
    }
}
