using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Account;

public sealed class UsersTests(AdminApp app) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task An_admin_adds_a_viewer_who_can_sign_in_and_the_change_is_audited()
    {
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/Account/Users", "main form[action*=Create]",
            ("NewUser.Email", "new.viewer@customercentric.test"), ("NewUser.Password", "New-Viewer-Pass-1"), ("NewUser.Role", "Viewer"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var viewer = await app.SignedInAsync("new.viewer@customercentric.test", "New-Viewer-Pass-1");
        var page = await viewer.GetPageAsync("/Dashboard");
        Assert.Equal("Viewer", page.QuerySelector(".role-badge")!.TextContent);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "User" && e.Action == "Created" && e.Actor == AdminApp.AdminEmail, TestContext.Current.CancellationToken));
        Assert.Equal(AdminApp.AdminEmail, entry.Actor);
        Assert.Null(entry.Before);
        Assert.Contains("new.viewer@customercentric.test", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_short_password_is_shown_next_to_the_field()
    {
        using var admin = await app.SignedInAsync();

        using var response = await admin.SubmitAsync("/Account/Users", "main form[action*=Create]",
            ("NewUser.Email", "short@customercentric.test"), ("NewUser.Password", "Ab1!"), ("NewUser.Role", "Viewer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminClient.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("at least 10 characters", page.QuerySelector("[data-valmsg-for='NewUser.Password']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_no_edit_controls_and_a_viewers_post_is_refused_with_403()
    {
        using var viewer = await app.SignedInAsViewerAsync();

        var page = await viewer.GetPageAsync("/Account/Users");
        Assert.Null(page.QuerySelector("main form[action*=Create]"));
        Assert.Null(page.QuerySelector("main form[action*=Role]"));

        using var response = await viewer.PostAsync("/Account/Users?handler=Create", "/Account/Users",
            ("NewUser.Email", "sneaky@customercentric.test"), ("NewUser.Password", "Sneaky-Pass-123"), ("NewUser.Role", "Admin"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Not allowed", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var created = await app.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM admin_users WHERE email = 'sneaky@customercentric.test'").SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, created);
    }
}
