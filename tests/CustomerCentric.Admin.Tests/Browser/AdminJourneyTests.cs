using System.Text.RegularExpressions;
using CustomerCentric.Admin.Tests.Hosting;
using Microsoft.Playwright;

namespace CustomerCentric.Admin.Tests.Browser;

/// <summary>The admin in a real browser: what an admin does, what a viewer cannot do, and the pages' accessibility basics.</summary>
public sealed class AdminJourneyTests(BrowserAdmin admin) : IClassFixture<BrowserAdmin>
{
    private static readonly string[] MainPages =
        ["/Dashboard", "/Complaints", "/Touchpoints", "/Touchpoints/Edit", "/Owners", "/Owners/Edit", "/Routing", "/Routing/Rule", "/Routing/Simulate", "/Routing/Impact", "/Routing/Analysis", "/Routing/Versions", "/FailedMessages", "/Audit", "/ApiKeys", "/Account/Users"];

    [Fact]
    public async Task An_admin_creates_an_owner_and_a_touchpoint_adds_a_rule_simulates_previews_publishes_and_sees_the_version()
    {
        var page = await admin.NewPageAsync();
        await BrowserAdmin.SignInAsync(page, AdminApp.AdminEmail, AdminApp.AdminPassword);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.Locator("svg.chart")).ToHaveCountAsync(3);
        await BrowserAdmin.ScreenshotAsync(page, "dashboard");

        await page.GotoAsync("/Owners/Edit");
        await page.GetByLabel("Name").FillAsync("Bea Browser");
        await page.GetByLabel("E-mail").FillAsync("bea.browser@shop.test");
        await page.GetByLabel("Team").FillAsync("Field service");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save owner" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("Owner 'Bea Browser' saved.");
        await BrowserAdmin.ScreenshotAsync(page, "owners");

        await page.GotoAsync("/Touchpoints/Edit");
        await page.GetByLabel("Name").FillAsync("Technician visit");
        await page.GetByLabel("Default owner").SelectOptionAsync(new SelectOptionValue { Label = "Bea Browser (Field service)" });
        await page.GetByLabel("Channel").SelectOptionAsync("FieldService");
        await page.GetByLabel("Journey phase").SelectOptionAsync("Usage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save touchpoint" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("Touchpoint 'Technician visit' saved.");
        await BrowserAdmin.ScreenshotAsync(page, "touchpoints");

        // The rule goes first, so it decides before the seeded rules.
        await page.GotoAsync("/Routing/Rule");
        await page.GetByLabel("Name").FillAsync("Critical technician visits");
        await page.GetByLabel("Target owner").SelectOptionAsync(new SelectOptionValue { Label = "Bea Browser (Field service)" });
        // Conditions are a list: add one of a kind, fill it in (the form comes back with everything entered so far).
        await page.GetByLabel("Add a condition on").SelectOptionAsync(new SelectOptionValue { Label = "Touchpoint" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add condition" }).ClickAsync();
        await page.GetByLabel("Touchpoints of condition 1").SelectOptionAsync(new SelectOptionValue { Label = "Technician visit" });
        await page.GetByLabel("Add a condition on").SelectOptionAsync(new SelectOptionValue { Label = "Severity" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add condition" }).ClickAsync();
        await page.GetByLabel("Minimum severity of condition 2").SelectOptionAsync("High");
        await Assertions.Expect(page.GetByLabel("Name")).ToHaveValueAsync("Critical technician visits");
        await Assertions.Expect(page.GetByLabel("Touchpoints of condition 1")).ToHaveValuesAsync([new Regex(".+")]);
        await BrowserAdmin.ScreenshotAsync(page, "rule-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save rule in draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync("Rule 'Critical technician visits' saved");
        var ours = page.Locator("table.rules tbody tr", new() { HasText = "Critical technician visits" });
        while (await ours.GetByRole(AriaRole.Button, new() { Name = "Move Critical technician visits up" }).IsEnabledAsync())
        {
            await ours.GetByRole(AriaRole.Button, new() { Name = "Move Critical technician visits up" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("table.rules tbody tr").First).ToContainTextAsync("Critical technician visits");
        await BrowserAdmin.ScreenshotAsync(page, "routing-draft");

        await page.GetByRole(AriaRole.Link, new() { Name = "Simulate a complaint" }).ClickAsync();
        await page.GetByLabel("Touchpoint").SelectOptionAsync(new SelectOptionValue { Label = "Technician visit" });
        await page.GetByLabel("Severity").SelectOptionAsync("Low");
        await page.GetByLabel("Complaint text").FillAsync("The technician came two hours late");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simulate" }).ClickAsync();
        var result = page.Locator("section.result");
        await Assertions.Expect(result.Locator("h2")).ToContainTextAsync("Routed to");
        await Assertions.Expect(result.Locator(".explanation")).ToContainTextAsync("Critical technician visits: severity was Low; rule needs at least High");

        await page.GetByLabel("Severity").SelectOptionAsync("Critical");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simulate" }).ClickAsync();
        await Assertions.Expect(result.Locator(".matched-rule")).ToHaveTextAsync("Critical technician visits");
        await Assertions.Expect(result.Locator("h2")).ToHaveTextAsync("Routed to Bea Browser");
        await BrowserAdmin.ScreenshotAsync(page, "simulator");

        await page.GotoAsync("/Routing/Impact?Days=30");
        await Assertions.Expect(page.Locator("#replayed")).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await BrowserAdmin.ScreenshotAsync(page, "impact");

        await page.GotoAsync("/Routing");
        await page.GetByLabel("Note for the history (optional)").FillAsync("Technician visits go to Bea");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish draft" }).ClickAsync();
        await page.WaitForURLAsync("**/Routing/Versions");
        var live = page.Locator("section.version").First;
        await Assertions.Expect(live).ToContainTextAsync("Technician visits go to Bea");
        await Assertions.Expect(live).ToContainTextAsync("Added: Critical technician visits");
        await BrowserAdmin.ScreenshotAsync(page, "versions");

        foreach (var (path, name) in new[] { ("/Complaints", "complaints"), ("/Routing/Analysis", "analysis"), ("/FailedMessages", "failed-messages"), ("/Audit", "audit"), ("/ApiKeys", "api-keys"), ("/Account/Users", "users") })
        {
            await page.GotoAsync(path);
            await BrowserAdmin.ScreenshotAsync(page, name);
        }

        await page.GotoAsync("/Complaints?Status=Routed");
        await page.Locator("table.complaints tbody tr a").First.ClickAsync();
        await BrowserAdmin.ScreenshotAsync(page, "complaint");
        await Assertions.Expect(page.Locator(".routing")).ToContainTextAsync("Routed to");
    }

    [Fact]
    public async Task A_viewer_sees_no_edit_controls_and_is_refused_the_edit_forms()
    {
        var page = await admin.NewPageAsync();
        await BrowserAdmin.SignInAsync(page, AdminApp.ViewerEmail, AdminApp.ViewerPassword);

        foreach (var path in new[] { "/Touchpoints", "/Owners", "/Routing", "/Routing/Versions", "/FailedMessages", "/ApiKeys", "/Account/Users" })
        {
            await page.GotoAsync(path);
            // The only form a viewer can submit is sign-out; filters and the simulator use GET.
            var postForms = await page.Locator("main form[method=post]").CountAsync();
            Assert.True(postForms == 0, $"{path} shows a viewer {postForms} form(s) that change something.");
            Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "New touchpoint" }).CountAsync());
        }

        var response = await page.GotoAsync("/Touchpoints/Edit");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not allowed");
    }

    [Fact]
    public async Task An_anonymous_visitor_of_any_admin_url_lands_on_sign_in_and_returns_there_after_signing_in()
    {
        var page = await admin.NewPageAsync();

        foreach (var path in MainPages)
        {
            await page.GotoAsync(path);
            Assert.Equal("/Account/Login", new Uri(page.Url).AbsolutePath);
        }

        await page.GotoAsync("/Routing/Versions");
        await BrowserAdmin.ScreenshotAsync(page, "sign-in");
        // Keyboard only: the e-mail field has focus, Tab moves on, Enter submits.
        await page.Keyboard.TypeAsync(AdminApp.AdminEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(AdminApp.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Routing/Versions");
    }

    [Fact]
    public async Task Every_input_on_the_main_pages_has_a_label()
    {
        var page = await admin.NewPageAsync();
        await BrowserAdmin.SignInAsync(page, AdminApp.AdminEmail, AdminApp.AdminPassword);

        foreach (var path in MainPages)
        {
            await page.GotoAsync(path);
            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('input, select, textarea')]
                    .filter(e => e.type !== 'hidden' && e.type !== 'submit')
                    .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.closest('label'))
                    .map(e => e.name || e.id)
                """);
            Assert.True(unlabelled.Length == 0, $"{path}: inputs without a label: {string.Join(", ", unlabelled)}");
        }
    }

    [Fact]
    public async Task Text_on_every_page_has_at_least_the_WCAG_AA_contrast_with_its_background()
    {
        var page = await admin.NewPageAsync();
        var findings = new List<(string Path, ContrastAudit.Finding Finding)>();
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(); // the sign-in page with its error messages
        findings.AddRange((await ContrastAudit.RunAsync(page)).Select(f => ("/Account/Login (errors)", f)));
        await BrowserAdmin.SignInAsync(page, AdminApp.AdminEmail, AdminApp.AdminPassword);

        foreach (var path in MainPages.Append("/Complaints?Status=Routed"))
        {
            await page.GotoAsync(path);
            findings.AddRange((await ContrastAudit.RunAsync(page)).Select(f => (path, f)));
        }

        // Messages: a form with errors, a success notice, a complaint's detail.
        await page.GotoAsync("/Owners/Edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save owner" }).ClickAsync();
        findings.AddRange((await ContrastAudit.RunAsync(page)).Select(f => ("/Owners/Edit (errors)", f)));
        await page.GotoAsync("/Complaints?Status=Routed");
        await page.Locator("table.complaints tbody tr a").First.ClickAsync();
        findings.AddRange((await ContrastAudit.RunAsync(page)).Select(f => ("/Complaints/Details", f)));

        var failures = findings.Where(f => f.Finding.Ratio < f.Finding.Required).ToList();
        var lowest = findings.MinBy(f => f.Finding.Ratio);
        var summary = $"{findings.Count} text items on {findings.Select(f => f.Path).Distinct().Count()} pages; lowest {lowest.Finding.Ratio}:1 ('{lowest.Finding.Text}' on {lowest.Path}); {failures.Count} below the minimum";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(BrowserAdmin.ScreenshotDirectory, "contrast.txt"), summary + Environment.NewLine, TestContext.Current.CancellationToken);
        Assert.True(findings.Count > 500, $"Only {findings.Count} text items were checked: the audit is not seeing the pages.");
        Assert.True(failures.Count == 0, summary + Environment.NewLine + string.Join(Environment.NewLine, failures.DistinctBy(f => (f.Finding.Element, f.Finding.Foreground, f.Finding.Background)).Take(30)
            .Select(f => $"{f.Path}: {f.Finding.Ratio}:1 < {f.Finding.Required}:1 '{f.Finding.Text}' {f.Finding.Element} {f.Finding.Foreground} on {f.Finding.Background}")));
    }

    [Fact]
    public async Task Keyboard_focus_is_always_visible_with_a_ring_of_3_to_1_contrast()
    {
        var page = await admin.NewPageAsync();
        await BrowserAdmin.SignInAsync(page, AdminApp.AdminEmail, AdminApp.AdminPassword);
        var problems = new List<string>();
        var seen = 0;

        foreach (var path in new[] { "/Routing/Rule", "/Owners", "/Routing" })
        {
            await page.GotoAsync(path);
            for (var step = 0; step < 30; step++)
            {
                await page.Keyboard.PressAsync("Tab");
                if (await ContrastAudit.FocusedAsync(page) is not { } focus)
                {
                    continue;
                }

                seen++;
                if (focus.OutlineStyle == "none" || focus.OutlineWidth < 2 || focus.Ratio < 3)
                {
                    problems.Add($"{path}: {focus.Element}: outline {focus.OutlineStyle} {focus.OutlineWidth}px, contrast {focus.Ratio}:1");
                }
            }
        }

        Assert.True(seen >= 60, $"Tab reached only {seen} elements.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }
}
