using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Complaints;

public sealed class ComplaintsTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_list_filters_by_severity_and_text_and_pages()
    {
        var company = await SmallCompany.CreateAsync(app, "list");
        for (var i = 0; i < 27; i++)
        {
            await SubmittedComplaints.AddAsync(app, company, company.WebShop, Severity.Medium, $"Parcel late {i:00}", at: DateTimeOffset.UtcNow.AddMinutes(-100 + i));
        }

        await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.Critical, "Nobody answers the hotline");
        using var viewer = await app.SignedInAsViewerAsync();

        var critical = await viewer.GetPageAsync("/Complaints?Severity=Critical");
        Assert.Contains("Nobody answers", Assert.Single(critical.QuerySelectorAll("table.complaints tbody tr")).TextContent, StringComparison.Ordinal);

        var first = await viewer.GetPageAsync("/Complaints?Q=parcel");
        Assert.Equal(25, first.QuerySelectorAll("table.complaints tbody tr").Length);
        Assert.Contains("Parcel late 26", first.QuerySelector("table.complaints tbody tr")!.TextContent, StringComparison.Ordinal);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await viewer.GetPageAsync(next);
        Assert.Equal(2, second.QuerySelectorAll("table.complaints tbody tr").Length);
        Assert.Contains("Page 2 of 2", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_explains_the_routing_and_an_admin_acknowledges_then_resolves()
    {
        var company = await SmallCompany.CreateAsync(app, "detail");
        RoutingRule[] rules =
        [
            new(Guid.CreateVersion7(), "Critical only", true, ConditionMatch.All, [RuleCondition.Of(ConditionKind.MinimumSeverity, "Critical")], company.Wanda.Id),
            new(Guid.CreateVersion7(), "Hotline", true, ConditionMatch.All, [RuleCondition.Of(ConditionKind.Channel, "Hotline")], company.Hugo.Id),
        ];
        var complaint = await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.High, "Waited an hour", rules);
        using var admin = await app.SignedInAsync();

        var page = await admin.GetPageAsync($"/Complaints/Details?id={complaint.Id}");
        var routing = page.QuerySelector(".routing")!.TextContent;
        Assert.Contains("Rule Hotline of version 1 matched", routing, StringComparison.Ordinal);
        Assert.Contains("Critical only: severity was High; rule needs at least Critical", routing, StringComparison.Ordinal);
        Assert.Equal(["Submitted", "Routed"], page.QuerySelectorAll("table.history tbody tr td:nth-child(2)").Select(td => td.TextContent.Split(' ')[0]));

        using var acknowledged = await admin.SubmitAsync($"/Complaints/Details?id={complaint.Id}", "main form[action*=Acknowledge]");
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        using var missing = await admin.SubmitAsync($"/Complaints/Details?id={complaint.Id}", "main form[action*=Resolve]", ("Resolution", ""));
        Assert.Equal("Say how the complaint was resolved.", (await missing.PageAsync()).FieldError("Resolution"));
        using var resolved = await admin.SubmitAsync($"/Complaints/Details?id={complaint.Id}", "main form[action*=Resolve]", ("Resolution", "Called back and apologised"));
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);

        var stored = await app.WithDbAsync(db => db.Complaints.AsNoTracking().WithHistoryOrdered().SingleAsync(c => c.Id == complaint.Id, Ct));
        Assert.Equal(ComplaintStatus.Resolved, stored.Status);
        Assert.Equal(AdminApp.AdminEmail, stored.History[^1].Actor);
    }

    [Fact]
    public async Task A_viewer_reads_a_complaint_but_cannot_acknowledge_it()
    {
        var company = await SmallCompany.CreateAsync(app, "viewer");
        var complaint = await SubmittedComplaints.AddAsync(app, company, company.Hotline, Severity.Low, "Hold music");
        using var viewer = await app.SignedInAsViewerAsync();

        var page = await viewer.GetPageAsync($"/Complaints/Details?id={complaint.Id}");
        Assert.Null(page.QuerySelector("main form[action*=Acknowledge]"));

        using var post = await viewer.PostAsync($"/Complaints/Details?id={complaint.Id}&handler=Acknowledge", "/Complaints");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ComplaintStatus.Routed, await app.WithDbAsync(db => db.Complaints.Where(c => c.Id == complaint.Id).Select(c => c.Status).SingleAsync(Ct)));
    }
}

internal static class ComplaintQueryExtensions
{
    public static IQueryable<Complaint> WithHistoryOrdered(this IQueryable<Complaint> complaints) =>
        CustomerCentric.Data.ComplaintQueries.WithHistory(complaints);
}
