using System.Net;
using CustomerCentric.Api.Tests.Hosting;
using CustomerCentric.Hosting.Redis;
using CustomerCentric.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerCentric.Api.Tests.Health;

/// <summary>
/// /health checks PostgreSQL, Redis and RabbitMQ; /alive only says the process runs. The API here has a Redis of its own,
/// stopped during the test, so the assembly's Redis stays up for the other tests.
/// </summary>
[Collection(OwnServersCollection.Name)]
public sealed class HealthEndpointTests(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private OwnRedisApiApp? _app;

    public async ValueTask InitializeAsync()
    {
        await _redis.StartAsync(TestContext.Current.CancellationToken);
        _app = new OwnRedisApiApp(postgres, redis, rabbitMq, _redis.ConnectionString);
        await _app.InitializeAsync();
    }

    [Fact]
    public async Task Health_is_healthy_with_PostgreSQL_Redis_and_RabbitMQ_up_and_unhealthy_when_Redis_stops_while_alive_stays_up()
    {
        var app = _app!;
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = app.Address };

        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(ct);
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Contains("postgres", report.Entries.Keys);
        Assert.Contains("redis", report.Entries.Keys);
        Assert.Contains(report.Entries.Keys, name => name.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative), ct)).StatusCode);

        await _redis.StopAsync(ct);

        // The Redis check answers within its 2 s timeout; allow a few polls for the client to notice the closed socket.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpResponseMessage health;
        while ((health = await http.GetAsync(new Uri("/health", UriKind.Relative), ct)).StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, ct);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync(ct));
        var down = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(ct);
        Assert.Equal(HealthStatus.Unhealthy, down.Entries["redis"].Status);
        Assert.Equal(HealthStatus.Healthy, down.Entries["postgres"].Status);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/alive", UriKind.Relative), ct)).StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    private sealed class OwnRedisApiApp(PostgresFixture postgres, RedisFixture redis, RabbitMqFixture rabbitMq, string ownRedis) : ApiApp(postgres, redis, rabbitMq)
    {
        public override string RedisConnectionString => ownRedis;

        protected override bool Seed => false;
    }
}
