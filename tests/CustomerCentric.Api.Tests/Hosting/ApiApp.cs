using System.Net;
using CustomerCentric.Data;
using CustomerCentric.Data.Seeding;
using CustomerCentric.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CustomerCentric.Api.Tests.Hosting;

/// <summary>
/// The API over a database of its own (migrated by the API's start-up, seeded with the local-run data, dropped at the end),
/// with the assembly's Redis and RabbitMQ, on Kestrel at 127.0.0.1 (WebSocket clients from node need a real socket).
/// </summary>
public class ApiApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "cc_test_key_for_the_api_tests";

    private readonly string _databaseName = $"cc_api_{Guid.NewGuid():N}";

    public ApiApp(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq)
    {
        ConnectionString = postgres.Server.ConnectionStringFor(_databaseName);
        RedisConnectionString = redis.ConnectionString;
        RabbitMqConnectionString = rabbitMq.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>The Redis the API uses; subclasses may point it at another server.</summary>
    public virtual string RedisConnectionString { get; }

    /// <summary>The broker the API uses; subclasses may point it at another node.</summary>
    public virtual string RabbitMqConnectionString { get; }

    /// <summary>The Kestrel address (http://127.0.0.1:port), once started.</summary>
    public Uri Address { get; private set; } = new("http://localhost");

    protected virtual string EnvironmentName => "Testing";

    /// <summary>Whether the database gets the local-run data (200 customers with interactions and complaints).</summary>
    protected virtual bool Seed => true;

    /// <summary>
    /// Whether start-up waits until every health check passes. The API does not wait for RabbitMQ itself (it serves while
    /// the broker is down), so tests that publish or subscribe wait here for its bus, as a load balancer waits for /health.
    /// </summary>
    protected virtual bool WaitUntilHealthy => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:postgres", ConnectionString);
        builder.UseSetting("ConnectionStrings:redis", RedisConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", RabbitMqConnectionString);
        builder.UseSetting("Api:Keys:0", ApiKey);
        builder.ConfigureServices(ConfigureServices);
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        Address = new Uri(addresses.Addresses.Single());
        if (WaitUntilHealthy)
        {
            await WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        }

        if (Seed)
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().EnsureSeededAsync(TestContext.Current.CancellationToken);
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var health = Services.GetRequiredService<HealthCheckService>();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var report = await health.CheckHealthAsync(TestContext.Current.CancellationToken);
            if (report.Status == HealthStatus.Healthy)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var failing = string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Status}"));
                throw new TimeoutException($"The API was not healthy within {timeout.TotalSeconds:0} s ({failing}).");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A GraphQL client on Kestrel, with the test API key unless <paramref name="apiKey"/> says otherwise (null: none).</summary>
    public GraphQLClient Client(string? apiKey = ApiKey) => new(Address, apiKey);

    /// <summary>Runs <paramref name="work"/> with a fresh context on the API's database (to arrange data or check results).</summary>
    public async Task<T> WithDbAsync<T>(Func<CustomerCentricDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CustomerCentricDbContext>());
    }

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
