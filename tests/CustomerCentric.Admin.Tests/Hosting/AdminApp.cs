using System.Net;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Data;
using CustomerCentric.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CustomerCentric.Admin.Tests.Hosting;

/// <summary>
/// The admin over a database of its own (created and migrated by the admin's start-up, dropped at the end), with the
/// first admin from configuration. In-memory (TestServer) for handler tests, or on Kestrel at 127.0.0.1 for the browser.
/// </summary>
public class AdminApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "ada@customercentric.test";
    public const string AdminPassword = "Correct-Horse-42";
    public const string ViewerEmail = "vic@customercentric.test";
    public const string ViewerPassword = "Viewer-Pass-42";

    private readonly string _databaseName = $"cc_admin_{Guid.NewGuid():N}";
    private readonly PostgresFixture _postgres;
    private readonly RedisFixture _redis;

    public AdminApp(PostgresFixture postgres, RedisFixture redis)
    {
        _postgres = postgres;
        _redis = redis;
        ConnectionString = postgres.Server.ConnectionStringFor(_databaseName);
    }

    public string ConnectionString { get; }

    public string RedisConnectionString => _redis.ConnectionString;

    /// <summary>Settings on top of the test's: override to start the admin differently (another environment, no bootstrap).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Admin:BootstrapEmail"] = AdminEmail,
        ["Admin:BootstrapPassword"] = AdminPassword,
    };

    protected virtual string EnvironmentName => "Testing";

    /// <summary>Serve on Kestrel (a real socket on 127.0.0.1) instead of the in-memory test server.</summary>
    protected virtual bool OnKestrel => false;

    /// <summary>The Kestrel address (http://127.0.0.1:port), once started.</summary>
    public Uri Address { get; private set; } = new("http://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:redis", _redis.ConnectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public virtual async ValueTask InitializeAsync()
    {
        if (OnKestrel)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("Kestrel reports no addresses.");
            Address = new Uri(addresses.Addresses.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            // Starts the host (and with it migration and the first admin).
            _ = Server;
        }

        await CreateUserAsync(ViewerEmail, ViewerPassword, AdminRoles.Viewer);
    }

    public async Task CreateUserAsync(string email, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdminUser>>();
        var user = new AdminUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh context on the admin's database (to arrange data or check results).</summary>
    public async Task<T> WithDbAsync<T>(Func<CustomerCentricDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>());
    }

    public Task WithDbAsync(Func<CustomerCentricDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public AdminClient NewClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<AdminClient> SignedInAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var client = NewClient();
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<AdminClient> SignedInAsViewerAsync() => SignedInAsync(ViewerEmail, ViewerPassword);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var maintenance = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        GC.SuppressFinalize(this);
    }
}
