using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Interactions;

namespace CustomerCentric.Admin.Tests.Dashboard;

public sealed class DashboardTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task The_dashboard_draws_complaints_by_severity_and_puts_critical_complaints_falling_sentiment_and_unhappier_customers_on_the_agenda()
    {
        var company = await SmallCompany.CreateAsync(app, "dash");
        await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.Critical, "Outage at the hotline");
        await SubmittedComplaints.AddAsync(app, company, company.WebShop, Severity.Low, "Typo on the page");
        await SubmittedComplaints.AddAsync(app, company, company.WebShop, Severity.Low, "Slow checkout");
        await app.WithDbAsync(async db =>
        {
            // The web shop felt fine two to five weeks ago and bad in the last two: Ina's health was 100 thirty days ago
            // (average sentiment +2) and is 62 now (six very positive and nine very negative experiences in 90 days).
            var customer = CustomerCentric.Domain.Customers.Customer.Register("Ina Interaction", "ina@mail.test", null, "en", CustomerCentric.Domain.Customers.Channel.Web, CustomerCentric.Domain.Customers.CustomerSegment.Private, DateTimeOffset.UtcNow.AddDays(-40));
            db.Customers.Add(customer);
            for (var i = 0; i < 3; i++)
            {
                db.Interactions.Add(Interaction.Record(customer.Id, company.WebShop.Id, DateTimeOffset.UtcNow.AddDays(-35 - i), "Smooth order", Sentiment.VeryPositive));
                db.Interactions.Add(Interaction.Record(customer.Id, company.WebShop.Id, DateTimeOffset.UtcNow.AddDays(-20 - i), "Smooth order", Sentiment.VeryPositive));
            }

            for (var i = 0; i < 9; i++)
            {
                db.Interactions.Add(Interaction.Record(customer.Id, company.WebShop.Id, DateTimeOffset.UtcNow.AddDays(-2 - i), "Broken checkout", Sentiment.VeryNegative));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        using var viewer = await app.SignedInAsViewerAsync();

        var page = await viewer.GetPageAsync("/Dashboard");

        var severity = page.QuerySelectorAll("svg.chart").Single(svg => svg.QuerySelector("title")!.TextContent == "Complaints by severity");
        Assert.Equal("Complaints by severity: Critical: 1, High: 0, Medium: 0, Low: 2", severity.GetAttribute("aria-label"));
        var touchpoints = page.QuerySelectorAll("svg.chart").Single(svg => svg.QuerySelector("title")!.TextContent == "Complaints by touchpoint");
        Assert.Equal("Complaints by touchpoint: Web shop dash: 2, Hotline dash: 1", touchpoints.GetAttribute("aria-label"));
        Assert.Contains("Outage at the hotline", page.QuerySelector("#agenda-critical")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 s", page.QuerySelector(".cards")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Web shop dash: 2.00 → -2.00", page.QuerySelector("#agenda-touchpoints")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ina Interaction (Private): health 100 → 62", page.QuerySelector("#agenda-customers")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }
}
