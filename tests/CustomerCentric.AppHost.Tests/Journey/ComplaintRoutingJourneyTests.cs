using CustomerCentric.AppHost.Hosting;
using CustomerCentric.AppHost.Hosting.Testing;
using CustomerCentric.AppHost.Tests.Stack;
using CustomerCentric.Hosting.Tests;
using Microsoft.Playwright;

namespace CustomerCentric.AppHost.Tests.Journey;

/// <summary>
/// The whole stack as the AppHost starts it: a frontend's complaint reaches the owner the published rules name, an admin
/// changes that rule in the browser and publishes it, and the next complaint reaches the new owner. Then nothing is left.
/// </summary>
public sealed class ComplaintRoutingJourneyTests
{
    // The seeded rule set: "Money matters to finance" (rule 4) takes Billing complaints; for a private customer with severity
    // Low no earlier rule matches (data privacy, severe key accounts, field-service outages).
    private const string Rule = "Money matters to finance";
    private const string FinanceOwner = "Thomas Berg";
    private const string LogisticsOwner = "Amira Haddad";

    [Fact]
    public async Task A_complaint_reaches_the_rules_owner_and_after_the_admin_publishes_a_changed_rule_the_next_reaches_the_new_owner()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var app = await DistributedApplicationTestingBuilder.CreateAsync<Program>(cancellationToken: cancellationToken);
        List<ProcessEntry> processes;
        try
        {
            using (var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                startup.CancelAfter(TimeSpan.FromMinutes(2));
                await app.StartAsync(startup.Token);
            }

            TestContext.Current.SendDiagnosticMessage($"stack healthy in {app.TimeToHealthy?.TotalSeconds:0.0} s");
            var api = app.GetEndpoint("api");

            var first = await GraphQLClient.SubmitAndFollowAsync(api, CustomerCentric.AppHost.DevelopmentSignIn.ApiKey, "My invoice charges me twice", cancellationToken);
            Assert.Equal("RECEIVED", first.GetProperty("submitted").GetProperty("complaint").GetProperty("status").GetString());
            Assert.Equal(FinanceOwner, first.GetProperty("routedTo").GetProperty("name").GetString());

            // listening before the publish, so that the worker's line cannot pass unseen
            var workerHasVersion2 = WhenLogged(app, "worker", "rule set version 2");
            await using (var browser = await AdminBrowser.LaunchAsync())
            {
                var page = await browser.SignInAsync(app.GetEndpoint("admin"),
                    CustomerCentric.AppHost.DevelopmentSignIn.AdminEmail, CustomerCentric.AppHost.DevelopmentSignIn.AdminPassword);
                await page.GotoAsync("/Routing");
                await page.Locator("table.rules tbody tr", new() { HasText = Rule }).GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
                await page.GetByLabel("Target owner").SelectOptionAsync(new SelectOptionValue { Label = $"{LogisticsOwner} (Logistics)" });
                await page.GetByRole(AriaRole.Button, new() { Name = "Save rule in draft" }).ClickAsync();
                await Assertions.Expect(page.Locator(".notice.success")).ToContainTextAsync($"Rule '{Rule}' saved");

                await page.GotoAsync("/Routing");
                await page.GetByLabel("Note for the history (optional)").FillAsync("Billing goes to logistics for the end-to-end test");
                await page.GetByRole(AriaRole.Button, new() { Name = "Publish draft" }).ClickAsync();
                await page.WaitForURLAsync("**/Routing/Versions");
                await Assertions.Expect(page.Locator("section.version").First).ToContainTextAsync("Billing goes to logistics for the end-to-end test");
            }

            // the worker hears of the new version through Redis (or its poll); complaints submitted before may still use the old one
            await workerHasVersion2.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

            var second = await GraphQLClient.SubmitAndFollowAsync(api, CustomerCentric.AppHost.DevelopmentSignIn.ApiKey, "The invoice is wrong again", cancellationToken);
            Assert.Equal(LogisticsOwner, second.GetProperty("routedTo").GetProperty("name").GetString());

            processes = StackProcesses.Of(app.GetResources().Where(resource => resource.ProcessIds.Count == 2)
                .Select(resource => (resource.ProcessIds[0], resource.ProcessIds[1])));
            Assert.Contains(processes, entry => entry.CommandLine.Contains("CustomerCentric.Api.dll"));
        }
        finally
        {
            await app.StopAsync();
        }

        var survivors = await StackProcesses.WaitUntilGoneAsync(processes, TimeSpan.FromSeconds(5), cancellationToken);
        Assert.True(survivors.Count == 0, $"still running after the stack stopped:\n{string.Join('\n', survivors)}");
        Assert.False(Directory.Exists(app.Options.DataDirectory), "the isolated run's data folder was left behind");
    }

    private static Task WhenLogged(DistributedApplication app, string resource, string text)
    {
        var logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.LogLine += (name, line) =>
        {
            if (name == resource && line.Contains(text, StringComparison.Ordinal))
            {
                logged.TrySetResult();
            }
        };
        return logged.Task;
    }
}
