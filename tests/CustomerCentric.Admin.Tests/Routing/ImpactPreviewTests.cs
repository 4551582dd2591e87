using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Complaints;

namespace CustomerCentric.Admin.Tests.Routing;

/// <summary>A class of its own: the impact depends on the whole draft, which other tests would change.</summary>
public sealed class ImpactPreviewTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task The_impact_preview_counts_recent_complaints_that_would_change_owner_from_whom_to_whom_with_examples()
    {
        var company = await SmallCompany.CreateAsync(app, "impact");
        // Published: nothing (fallbacks); the draft sends critical complaints to Wanda.
        for (var i = 0; i < 3; i++)
        {
            await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.Critical, $"Line dead number {i}");
        }

        await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.Low, "Music on hold is loud");
        await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.Critical, "Too old to count", at: DateTimeOffset.UtcNow.AddDays(-40));
        using var admin = await app.SignedInAsync();
        await SimulatorTests.AddRuleAsync(admin, "Critical to Wanda", company.Wanda.Id, [.. RuleFields.Condition(0, ConditionKind.MinimumSeverity, "Critical")]);

        var page = await admin.GetPageAsync("/Routing/Impact?Days=30");

        Assert.Equal("4", page.QuerySelector("#replayed")!.TextContent);
        Assert.Equal("3", page.QuerySelector("#owner-changed")!.TextContent);
        var row = Assert.Single(page.QuerySelectorAll("table.impact tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(("Hugo Hotline impact", "Wanda Web impact", "3"), (cells[0], cells[1], cells[2]));
        Assert.Equal(3, row.QuerySelectorAll(".examples li").Length);
        Assert.Contains("Line dead number", cells[3], StringComparison.Ordinal);
    }

}
