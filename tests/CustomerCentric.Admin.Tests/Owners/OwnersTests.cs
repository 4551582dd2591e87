using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Owners;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Owners;

public sealed class OwnersTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_creates_an_owner_with_a_deputy_and_finds_it_by_search()
    {
        var deputy = await AddOwnerAsync("Dora Deputy", "dora@shop.test", "Logistics");
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/Owners/Edit", "main form.form-grid",
            ("Input.Name", "Olga Owner"), ("Input.Email", "olga@shop.test"), ("Input.Team", "Logistics"), ("Input.DeputyId", deputy.Id.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var owner = await app.WithDbAsync(db => db.TouchpointOwners.SingleAsync(o => o.Email == "olga@shop.test", Ct));
        Assert.Equal(deputy.Id, owner.DeputyId);
        var list = await admin.GetPageAsync("/Owners?q=olga");
        var rows = list.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("Dora Deputy", rows[0].TextContent, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == owner.Id.ToString(), Ct));
        Assert.Equal(("TouchpointOwner", "Created", AdminApp.AdminEmail), (audit.EntityType, audit.Action, audit.Actor));
    }

    [Fact]
    public async Task Missing_fields_and_a_taken_email_are_explained_next_to_the_fields()
    {
        await AddOwnerAsync("Taken", "taken@shop.test", "Billing");
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/Owners/Edit", "main form.form-grid",
            ("Input.Name", ""), ("Input.Email", "TAKEN@shop.test"), ("Input.Team", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.PageAsync();
        Assert.Equal("Enter the owner's name.", page.FieldError("Input.Name"));
        Assert.Equal("Enter the owner's team.", page.FieldError("Input.Team"));
        Assert.Equal("Another owner already uses this e-mail address.", page.FieldError("Input.Email"));
    }

    [Fact]
    public async Task Appointing_a_chief_touchpoint_officer_revokes_the_previous_one()
    {
        var first = await AddOwnerAsync("First Chief", "first.chief@shop.test", "Board");
        var second = await AddOwnerAsync("Second Chief", "second.chief@shop.test", "Board");
        using var admin = await app.SignedInAsync();

        using var one = await admin.SubmitAsync($"/Owners/Edit?id={first.Id}", "main form[action*=AppointChief]");
        using var two = await admin.SubmitAsync($"/Owners/Edit?id={second.Id}", "main form[action*=AppointChief]");

        Assert.Equal(HttpStatusCode.Redirect, two.StatusCode);
        var chiefs = await app.WithDbAsync(db => db.TouchpointOwners.Where(o => o.IsChiefTouchpointOfficer && o.IsActive).Select(o => o.Id).ToListAsync(Ct));
        Assert.Equal([second.Id], chiefs);
    }

    [Fact]
    public async Task A_deactivated_owner_stays_in_the_database_and_leaves_the_default_list()
    {
        var owner = await AddOwnerAsync("Leaving Soon", "leaving@shop.test", "Store");
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync($"/Owners/Edit?id={owner.Id}", "main form[action*=Active]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.TouchpointOwners.Where(o => o.Id == owner.Id).Select(o => o.IsActive).SingleAsync(Ct)));
        Assert.DoesNotContain("Leaving Soon", (await admin.GetPageAsync("/Owners")).QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Leaving Soon", (await admin.GetPageAsync("/Owners?showInactive=true")).QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_the_list_without_edit_links_and_cannot_open_or_post_the_form()
    {
        var owner = await AddOwnerAsync("Read Only", "readonly@shop.test", "Web");
        using var viewer = await app.SignedInAsViewerAsync();

        var list = await viewer.GetPageAsync("/Owners");
        Assert.Contains("Read Only", list.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector("a[href*='/Owners/Edit']"));

        using var open = await viewer.Http.GetAsync($"/Owners/Edit?id={owner.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Contains("Not allowed", await open.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var post = await viewer.PostAsync($"/Owners/Edit?id={owner.Id}&handler=Active", "/Owners", ("active", "false"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.TouchpointOwners.Where(o => o.Id == owner.Id).Select(o => o.IsActive).SingleAsync(Ct)));
    }

    private Task<TouchpointOwner> AddOwnerAsync(string name, string email, string team) => app.WithDbAsync(async db =>
    {
        var owner = TouchpointOwner.Create(name, email, team);
        db.TouchpointOwners.Add(owner);
        await db.SaveChangesAsync(Ct);
        return owner;
    });
}
