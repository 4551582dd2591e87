using System.Text.Json;
using CustomerCentric.Contracts.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Redis;
using CustomerCentric.Testing;
using CustomerCentric.Worker.Routing;
using CustomerCentric.Worker.Tests.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerCentric.Worker.Tests.Routing;

/// <summary>A newly published rule set version reaches the worker through Redis at once, or by polling when the announcement is lost.</summary>
public sealed class RuleSetWatcherTests(PostgresFixture postgres, RedisFixture redis) : IAsyncLifetime
{
    private readonly WorkerDatabase _database = new(postgres);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _database.InitializeAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task An_announcement_on_Redis_switches_routing_to_the_new_version_long_before_the_next_poll()
    {
        var options = new WorkerOptions { RuleSetPollInterval = TimeSpan.FromMinutes(10) };
        await using var services = WorkerServices.Create(_database, TimeProvider.System, options, redis.ConnectionString);
        var watcher = services.GetRequiredService<RuleSetWatcher>();
        var cache = services.GetRequiredService<RuleSetCache>();
        await watcher.StartAsync(_ct);
        try
        {
            await WaitForVersionAsync(cache, 1, TimeSpan.FromSeconds(10));
            var version = await PublishNextVersionAsync();
            await AnnounceAsync(services.GetRequiredService<IPubSub>(), version);
            await WaitForVersionAsync(cache, version, TimeSpan.FromSeconds(5));

            // The next complaint is routed by the new version, and its decision says so.
            var id = (await _database.SubmitComplaintsAsync(1, seed: 31, _ct)).Single();
            await services.RouteAsync([id], _ct);
            await using var read = _database.CreateContext();
            var complaint = await read.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, _ct);
            Assert.Equal(ComplaintStatus.Routed, complaint.Status);
            Assert.Equal(version, complaint.Routing!.RuleSetVersion);
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Without_an_announcement_the_poll_finds_the_new_version()
    {
        var options = new WorkerOptions { RuleSetPollInterval = TimeSpan.FromMilliseconds(500) };
        await using var services = WorkerServices.Create(_database, TimeProvider.System, options, redis.ConnectionString);
        var watcher = services.GetRequiredService<RuleSetWatcher>();
        var cache = services.GetRequiredService<RuleSetCache>();
        await watcher.StartAsync(_ct);
        try
        {
            var current = (int)(await cache.CurrentAsync(_ct)).Version!;
            var version = await PublishNextVersionAsync();
            Assert.Equal(current + 1, version);
            await WaitForVersionAsync(cache, version, TimeSpan.FromSeconds(5));
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Publishes the admin's draft as the next version, as the admin does.</summary>
    private async Task<int> PublishNextVersionAsync()
    {
        await using var db = _database.CreateContext();
        var latest = await db.RuleSetVersions.MaxAsync(v => v.Version, _ct);
        var draft = await db.RuleSetDrafts.SingleAsync(_ct);
        db.RuleSetVersions.Add(draft.Publish(latest + 1, "test", DateTimeOffset.UtcNow, "Published by a test."));
        await db.SaveChangesAsync(_ct);
        return latest + 1;
    }

    // Pub/sub keeps nothing: repeat the announcement until a subscriber (the watcher, once subscribed) received it.
    private async Task AnnounceAsync(IPubSub pubSub, int version)
    {
        var message = JsonSerializer.Serialize(new RuleSetPublished(version, DateTimeOffset.UtcNow), JsonSerializerOptions.Web);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (await pubSub.PublishAsync(RuleSetPublished.RedisChannel, message) == 0)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The watcher did not subscribe to rule set announcements.");
            await Task.Delay(50, _ct);
        }
    }

    private async Task WaitForVersionAsync(RuleSetCache cache, int version, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (cache.CurrentVersion != version && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50, _ct);
        }

        Assert.Equal(version, cache.CurrentVersion);
    }
}
