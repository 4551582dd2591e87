using CustomerCentric.Admin.Tests.Hosting;
using CustomerCentric.Data.Seeding;
using CustomerCentric.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CustomerCentric.Admin.Tests.Browser;

/// <summary>
/// The admin on Kestrel at 127.0.0.1 over the seeded demo company (so pages look as they do in a local run), and
/// Debian's Chromium driven by Playwright. Playwright's own browser downloads are never used. With the assembly's RabbitMQ
/// node as its broker, as a local run has, so the failed messages page shows its list.
/// </summary>
public sealed class BrowserAdmin(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq) : AdminApp(postgres, redis)
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    protected override bool OnKestrel => true;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["ConnectionStrings:rabbitmq"] = rabbitMq.ConnectionString };

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (git-ignored).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().EnsureSeededAsync(TestContext.Current.CancellationToken);
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install the chromium package (eng/prerequisites.sh test does).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            ChromiumSandbox = false,
            // Playwright gives each launch a fresh temporary profile; these keep Chromium off the network and quiet.
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (own cookies) with a page on the admin; confirmation dialogs are accepted.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomerCentric.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CustomerCentric.sln above {AppContext.BaseDirectory}.");
    }
}
