using System.Text.Json;
using CustomerCentric.Api.Tests.Hosting;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Interactions;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Api.Tests.Agenda;

/// <summary>
/// The agenda over the seeded database plus a small arranged world: each arranged matter appears with its reason, and
/// its look-alikes that do not deserve the meeting (a resolved critical complaint, an unescalated one, a steady touchpoint,
/// a steady customer) do not.
/// </summary>
public sealed class AgendaTests(ApiApp app) : IClassFixture<ApiApp>
{
    private const string AgendaPage = """
        query ($first: Int, $after: String) {
          agenda {
            customers(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { customer { name } score scoreBefore reasons }
            }
            openCriticalComplaints(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { complaint { text severity status customer { name } } reasons }
            }
            escalations(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { complaint { text escalationLevel assignee { name } } reasons }
            }
            touchpoints(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { touchpoint { name } sentimentBefore sentimentNow reasons }
            }
          }
        }
        """;

    [Fact]
    public async Task Critical_complaints_escalations_falling_touchpoints_and_declining_customers_are_on_the_agenda_with_their_reasons()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await ArrangeAsync(tag);

        var customers = await AllAsync("customers");
        var critical = await AllAsync("openCriticalComplaints");
        var escalations = await AllAsync("escalations");
        var touchpoints = await AllAsync("touchpoints");

        // Falling: +2 in the previous 14 days, -2 in the last 14; steady stays at +1.
        var falling = Assert.Single(touchpoints, t => Name(t, "touchpoint") == $"Falling {tag}");
        Assert.Equal(2.0, falling.GetProperty("sentimentBefore").GetDouble());
        Assert.Equal(-2.0, falling.GetProperty("sentimentNow").GetDouble());
        Assert.Equal("Average sentiment fell from +2.00 (3 interactions) to -2.00 (3) over the last 14 days.", Reasons(falling)[0]);
        Assert.DoesNotContain(touchpoints, t => Name(t, "touchpoint") == $"Steady {tag}");

        // Dropping: 100 thirty days ago (only very positive experiences), 83 now (three very negative ones since).
        var dropping = Assert.Single(customers, c => Name(c, "customer") == $"Dropping {tag}");
        Assert.Equal((100, 83), (dropping.GetProperty("scoreBefore").GetInt32(), dropping.GetProperty("score").GetInt32()));
        Assert.Equal("Relationship health fell from 100 to 83 in 30 days.", Reasons(dropping)[0]);
        Assert.Contains("Average sentiment of 9 interaction(s) in the last 90 days is +0.7.", Reasons(dropping));
        Assert.DoesNotContain(customers, c => Name(c, "customer") == $"Steady {tag}");
        // Open complaints cost their customer 20 (critical) and 8 + 8 (medium) points: 60 (no contact) thirty days ago, 24 now.
        var complainer = Assert.Single(customers, c => Name(c, "customer") == $"Complainer {tag}");
        Assert.Equal((60, 24), (complainer.GetProperty("scoreBefore").GetInt32(), complainer.GetProperty("score").GetInt32()));

        var outage = Assert.Single(critical, c => Text(c) == $"Outage {tag}");
        Assert.Equal(("CRITICAL", "ROUTED"), (outage.GetProperty("complaint").GetProperty("severity").GetString(), outage.GetProperty("complaint").GetProperty("status").GetString()));
        Assert.Equal($"Complainer {tag}", outage.GetProperty("complaint").GetProperty("customer").GetProperty("name").GetString());
        Assert.StartsWith("Critical complaint open for 5 h", Reasons(outage)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(critical, c => Text(c) == $"Fixed outage {tag}");
        Assert.All(critical, c => Assert.Equal("CRITICAL", c.GetProperty("complaint").GetProperty("severity").GetString()));

        var escalated = Assert.Single(escalations, c => Text(c) == $"Ignored {tag}");
        Assert.Equal(1, escalated.GetProperty("complaint").GetProperty("escalationLevel").GetInt32());
        Assert.Equal($"Deputy {tag}", escalated.GetProperty("complaint").GetProperty("assignee").GetProperty("name").GetString());
        Assert.Equal("Escalated to level 1 after a missed SLA deadline; still Routed.", Reasons(escalated)[0]);
        Assert.DoesNotContain(escalations, c => Text(c) == $"Handled {tag}");
        Assert.All(escalations, c => Assert.True(c.GetProperty("complaint").GetProperty("escalationLevel").GetInt32() > 0));
    }

    /// <summary>Every item of one agenda list, paging 7 at a time (checks the connection's total on the way).</summary>
    private async Task<List<JsonElement>> AllAsync(string list)
    {
        var client = app.Client();
        var items = new List<JsonElement>();
        string? after = null;
        while (true)
        {
            var page = (await client.DataAsync(AgendaPage, new { first = 7, after })).GetProperty("agenda").GetProperty(list);
            items.AddRange(page.GetProperty("nodes").EnumerateArray());
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                Assert.Equal(page.GetProperty("totalCount").GetInt32(), items.Count);
                return items;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    private async Task ArrangeAsync(string tag)
    {
        var now = DateTimeOffset.UtcNow;
        await app.WithDbAsync(async db =>
        {
            var owner = TouchpointOwner.Create($"Owner {tag}", $"owner-{tag}@corp.test", "Care");
            var deputy = TouchpointOwner.Create($"Deputy {tag}", $"deputy-{tag}@corp.test", "Care");
            var falling = Touchpoint.Create($"Falling {tag}", null, Channel.Web, JourneyPhase.Purchase);
            var steady = Touchpoint.Create($"Steady {tag}", null, Channel.Store, JourneyPhase.Purchase);
            var dropping = Customer.Register($"Dropping {tag}", $"dropping-{tag}@mail.test", null, "en", Channel.Web, CustomerSegment.Private, now.AddDays(-60));
            var steadyCustomer = Customer.Register($"Steady {tag}", $"steady-{tag}@mail.test", null, "en", Channel.Store, CustomerSegment.Private, now.AddDays(-60));
            var complainer = Customer.Register($"Complainer {tag}", $"complainer-{tag}@mail.test", null, "en", Channel.Hotline, CustomerSegment.Business, now.AddDays(-60));
            db.AddRange(owner, deputy, falling, steady, dropping, steadyCustomer, complainer);

            for (var i = 0; i < 3; i++)
            {
                db.Interactions.Add(Interaction.Record(dropping.Id, steady.Id, now.AddDays(-40 - i), "Friendly store visit", Sentiment.VeryPositive));
                db.Interactions.Add(Interaction.Record(dropping.Id, falling.Id, now.AddDays(-20 - i), "Smooth order", Sentiment.VeryPositive));
                db.Interactions.Add(Interaction.Record(dropping.Id, falling.Id, now.AddDays(-3 - i), "Broken checkout", Sentiment.VeryNegative));
                db.Interactions.Add(Interaction.Record(steadyCustomer.Id, steady.Id, now.AddDays(-40 - i), "Good advice", Sentiment.Positive));
                db.Interactions.Add(Interaction.Record(steadyCustomer.Id, steady.Id, now.AddDays(-20 - i), "Good advice", Sentiment.Positive));
                db.Interactions.Add(Interaction.Record(steadyCustomer.Id, steady.Id, now.AddDays(-3 - i), "Good advice", Sentiment.Positive));
            }

            Complaint Routed(string text, Severity severity)
            {
                var submitted = now.AddHours(-5);
                var complaint = Complaint.Submit(complainer.Id, steady.Id, ComplaintCategory.ProductDefect, severity, text, $"{text}-key", submitted);
                complaint.Route(new RoutingDecision(null, null, null, RoutingOutcome.ChiefTouchpointOfficer, owner.Id, [], submitted), new SlaDeadlines(submitted.AddHours(1), now.AddDays(2)), submitted);
                db.Complaints.Add(complaint);
                return complaint;
            }

            Routed($"Outage {tag}", Severity.Critical);
            Routed($"Fixed outage {tag}", Severity.Critical).Resolve("owner", now.AddHours(-1), "Replaced the part");
            Routed($"Ignored {tag}", Severity.Medium).Escalate(new EscalationStep(deputy.Id, 1), now.AddHours(2), now.AddHours(-4), "Acknowledge deadline missed");
            Routed($"Handled {tag}", Severity.Medium).Acknowledge("owner", now.AddHours(-4));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
    }

    private static string? Name(JsonElement item, string relation) => item.GetProperty(relation).GetProperty("name").GetString();

    private static string? Text(JsonElement item) => item.GetProperty("complaint").GetProperty("text").GetString();

    private static List<string> Reasons(JsonElement item) => [.. item.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];
}
