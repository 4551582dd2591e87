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
public sealed class RuleSetWatcherTests(PostgresFixture postgres, RedisFixture redis) : WorkerDatabaseTest(postgres)
{
    [Fact]
    public async Task An_announcement_on_Redis_switches_routing_to_the_new_version_long_before_the_next_poll()
    {
        var options = new WorkerOptions { RuleSetPollInterval = TimeSpan.FromMinutes(10) };
        await using var services = WorkerServices.Create(Database, TimeProvider.System, options, redis.ConnectionString);
        var watcher = services.GetRequiredService<RuleSetWatcher>();
        var cache = services.GetRequiredService<RuleSetCache>();
        await watcher.StartAsync(Ct);
        try
        {
            await WaitForVersionAsync(cache, 1, TimeSpan.FromSeconds(10));
            var version = await PublishNextVersionAsync();
            await AnnounceAsync(services.GetRequiredService<IPubSub>(), version);
            await WaitForVersionAsync(cache, version, TimeSpan.FromSeconds(5));

            // The next complaint is routed by the new version, and its decision says so.
            var id = (await Database.SubmitComplaintsAsync(1, seed: 31, Ct)).Single();
            await services.RouteAsync([id], Ct);
            await using var read = Database.CreateContext();
            var complaint = await read.Complaints.AsNoTracking().SingleAsync(c => c.Id == id, Ct);
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
        await using var services = WorkerServices.Create(Database, TimeProvider.System, options, redis.ConnectionString);
        var watcher = services.GetRequiredService<RuleSetWatcher>();
        var cache = services.GetRequiredService<RuleSetCache>();
        await watcher.StartAsync(Ct);
        try
        {
            var current = (int)(await cache.CurrentAsync(Ct)).Version!;
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
        await using var db = Database.CreateContext();
        var latest = await db.RuleSetVersions.MaxAsync(v => v.Version, Ct);
        var draft = await db.RuleSetDrafts.SingleAsync(Ct);
        db.RuleSetVersions.Add(draft.Publish(latest + 1, "test", DateTimeOffset.UtcNow, "Published by a test."));
        await db.SaveChangesAsync(Ct);
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
            await Task.Delay(50, Ct);
        }
    }

    private async Task WaitForVersionAsync(RuleSetCache cache, int version, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (cache.CurrentVersion != version && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal(version, cache.CurrentVersion);
    }
}
