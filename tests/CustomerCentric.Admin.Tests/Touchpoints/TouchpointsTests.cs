using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Touchpoints;

public sealed class TouchpointsTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_creates_a_touchpoint_with_a_default_owner_and_edits_it_with_before_and_after_audited()
    {
        var owner = await AddOwnerAsync("Hanna Hotline", "hanna@shop.test");
        using var admin = await app.SignedInAsync();

        using var created = await admin.SubmitAsync("/Touchpoints/Edit", "main form.form-grid",
            ("Input.Name", "Service hotline"), ("Input.Channel", "Hotline"), ("Input.JourneyPhase", "AfterSales"), ("Input.DefaultOwnerId", owner.Id.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var touchpoint = await app.WithDbAsync(db => db.Touchpoints.SingleAsync(t => t.Name == "Service hotline", Ct));
        Assert.Equal((Channel.Hotline, JourneyPhase.AfterSales, (Guid?)owner.Id), (touchpoint.Channel, touchpoint.JourneyPhase, touchpoint.DefaultOwnerId));

        using var edited = await admin.SubmitAsync($"/Touchpoints/Edit?id={touchpoint.Id}", "main form.form-grid", ("Input.Name", "Premium hotline"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var list = await admin.GetPageAsync("/Touchpoints?q=premium");
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Contains("Hanna Hotline", row.TextContent, StringComparison.Ordinal);
        var update = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == touchpoint.Id.ToString() && e.Action == "Updated", Ct));
        Assert.Contains("Service hotline", update.Before, StringComparison.Ordinal);
        Assert.Contains("Premium hotline", update.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_name_channel_and_phase_are_explained_next_to_the_fields()
    {
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/Touchpoints/Edit", "main form.form-grid", ("Input.Name", " "), ("Input.Channel", ""), ("Input.JourneyPhase", ""));

        var page = await response.PageAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Give the touchpoint a name.", page.FieldError("Input.Name"));
        Assert.Equal("Choose the channel.", page.FieldError("Input.Channel"));
        Assert.Equal("Choose the journey phase.", page.FieldError("Input.JourneyPhase"));
    }

    [Fact]
    public async Task An_inactive_owner_cannot_become_a_default_owner()
    {
        var owner = await AddOwnerAsync("Gone Owner", "gone@shop.test", active: false);
        using var admin = await app.SignedInAsync();

        using var response = await admin.PostAsync("/Touchpoints/Edit", "/Touchpoints/Edit",
            ("Input.Name", "Invoice"), ("Input.Channel", "Invoice"), ("Input.JourneyPhase", "AfterSales"), ("Input.DefaultOwnerId", owner.Id.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This owner is inactive; choose an active one.", (await response.PageAsync()).FieldError("Input.DefaultOwnerId"));
    }

    [Fact]
    public async Task Deactivating_keeps_the_touchpoint_and_hides_it_from_the_default_list()
    {
        var touchpoint = await app.WithDbAsync(async db =>
        {
            var t = Touchpoint.Create("Old web shop", null, Channel.Web, JourneyPhase.Purchase);
            db.Touchpoints.Add(t);
            await db.SaveChangesAsync(Ct);
            return t;
        });
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync($"/Touchpoints/Edit?id={touchpoint.Id}", "main form[action*=Active]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Old web shop", (await admin.GetPageAsync("/Touchpoints")).QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Old web shop", (await admin.GetPageAsync("/Touchpoints?showInactive=true")).QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == touchpoint.Id.ToString(), Ct));
        Assert.Equal("Deactivated", audit.Action);
    }

    private Task<TouchpointOwner> AddOwnerAsync(string name, string email, bool active = true) => app.WithDbAsync(async db =>
    {
        var owner = TouchpointOwner.Create(name, email, "Service");
        if (!active)
        {
            owner.Deactivate();
        }

        db.TouchpointOwners.Add(owner);
        await db.SaveChangesAsync(Ct);
        return owner;
    });
}
