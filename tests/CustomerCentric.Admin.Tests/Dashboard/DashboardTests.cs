using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Complaints;

namespace CustomerCentric.Admin.Tests.Dashboard;

public sealed class DashboardTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task The_dashboard_draws_complaints_by_severity_and_puts_open_critical_complaints_on_the_agenda()
    {
        var company = await SmallCompany.CreateAsync(app, "dash");
        await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.Critical, "Outage at the hotline");
        await SubmittedComplaints.AddAsync(app, company, company.WebShop, Severity.Low, "Typo on the page");
        await SubmittedComplaints.AddAsync(app, company, company.WebShop, Severity.Low, "Slow checkout");
        using var viewer = await app.SignedInAsViewerAsync();

        var page = await viewer.GetPageAsync("/Dashboard");

        var severity = page.QuerySelectorAll("svg.chart").Single(svg => svg.QuerySelector("title")!.TextContent == "Complaints by severity");
        Assert.Equal("Complaints by severity: Critical: 1, High: 0, Medium: 0, Low: 2", severity.GetAttribute("aria-label"));
        var touchpoints = page.QuerySelectorAll("svg.chart").Single(svg => svg.QuerySelector("title")!.TextContent == "Complaints by touchpoint");
        Assert.Equal("Complaints by touchpoint: Web shop dash: 2, Hotline dash: 1", touchpoints.GetAttribute("aria-label"));
        Assert.Contains("Outage at the hotline", page.QuerySelector("#agenda-critical")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 s", page.QuerySelector(".cards")!.TextContent, StringComparison.Ordinal);
    }
}
