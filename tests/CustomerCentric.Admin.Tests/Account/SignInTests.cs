using System.Net;
using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Testing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Account;

public sealed class SignInTests(AdminApp app) : IClassFixture<AdminApp>
{
    public static TheoryData<string> AdminUrls =>
    [
        "/", "/Dashboard", "/Touchpoints", "/Touchpoints/Edit", "/Owners", "/Routing", "/Routing/Simulate", "/Routing/Impact",
        "/Routing/Versions", "/Routing/Analysis", "/Complaints", "/FailedMessages", "/Audit", "/ApiKeys", "/Account/Users", "/no/such/page",
    ];

    [Theory]
    [MemberData(nameof(AdminUrls))]
    public async Task An_anonymous_visitor_of_any_admin_url_is_sent_to_sign_in(string url)
    {
        using var client = app.NewClient();

        using var response = await client.Http.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), response.Headers.Location.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task Probes_reach_the_health_endpoints_without_signing_in(string path)
    {
        using var client = app.NewClient();

        using var response = await client.Http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_first_admin_from_configuration_signs_in_and_lands_on_the_dashboard()
    {
        using var client = app.NewClient();

        using var response = await client.SignInAsync(AdminApp.AdminEmail, AdminApp.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dashboard = await client.GetPageAsync("/Dashboard");
        Assert.Contains(AdminApp.AdminEmail, dashboard.QuerySelector(".topbar")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        using var client = app.NewClient();

        using var response = await client.SignInAsync(AdminApp.AdminEmail, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminClient.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("e-mail or password is not right", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        using var dashboard = await client.Http.GetAsync("/Dashboard", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }

    [Fact]
    public async Task Five_failures_in_a_row_lock_the_account_even_against_the_right_password()
    {
        const string email = "lockme@customercentric.test";
        const string password = "Lock-Me-Please-1";
        await app.CreateUserAsync(email, password, "Viewer");
        using var client = app.NewClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await client.SignInAsync(email, "wrong-password");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminClient.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("locked", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        // The lockout is a change to the user: audited once (when it happened), by the failed attempts, not by a person.
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "User" && e.Action == "LockedOut").ToListAsync(TestContext.Current.CancellationToken));
        var entry = Assert.Single(entries);
        Assert.Equal("(failed sign-ins)", entry.Actor);
        Assert.Contains(email, entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = await app.SignedInAsync();

        using var response = await client.Http.PostAsync(
            "/Account/Users?handler=Create",
            new FormUrlEncodedContent([new("NewUser.Email", "x@customercentric.test"), new("NewUser.Password", "Some-Password-1"), new("NewUser.Role", "Admin")]),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_form_on_a_page_carries_an_antiforgery_token()
    {
        using var client = await app.SignedInAsync();

        foreach (var path in new[] { "/Account/Users", "/Routing", "/Routing/Rule", "/Owners/Edit", "/Touchpoints/Edit", "/ApiKeys", "/Routing/Versions" })
        {
            var page = await client.GetPageAsync(path);

            var forms = page.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms);
            Assert.All(forms, form => Assert.True(form.QuerySelector("input[name=__RequestVerificationToken]") is not null, $"{path}: a form without the token"));
        }
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var client = app.NewClient();

        using var response = await client.SubmitAsync(
            "/Account/Login?ReturnUrl=" + Uri.EscapeDataString("https://evil.example/"), "main form",
            ("Email", AdminApp.AdminEmail), ("Password", AdminApp.AdminPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
