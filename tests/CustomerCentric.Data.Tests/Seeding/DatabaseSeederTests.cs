using CustomerCentric.Data.Seeding;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerCentric.Data.Tests.Seeding;

public sealed class DatabaseSeederTests(PostgresFixture server)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeds_the_promised_company_and_then_does_nothing()
    {
        await using var database = await MigratedAsync();

        Assert.True(await SeedAsync(database));
        var counts = await CountsAsync(database);
        Assert.False(await SeedAsync(database));

        Assert.Equal(counts, await CountsAsync(database));
        Assert.Equal((12, 9, 200, 1, 1), (counts.Touchpoints, counts.Owners, counts.Customers, counts.Versions, counts.Drafts));
        Assert.InRange(counts.Interactions, 2 * 200, 7 * 200);
        Assert.InRange(counts.Complaints, 60, 160);
    }

    [Fact]
    public async Task Seed_data_is_consistent_with_the_domain_rules()
    {
        await using var database = await MigratedAsync();
        await SeedAsync(database);

        await using var db = database.CreateContext();
        var owners = await db.TouchpointOwners.ToListAsync(_ct);
        var version = await db.RuleSetVersions.SingleAsync(_ct);
        var complaints = await db.Complaints.WithHistory().ToListAsync(_ct);

        var chief = Assert.Single(owners, o => o.IsChiefTouchpointOfficer);
        Assert.All(owners.Where(o => o != chief), o => Assert.NotNull(o.DeputyId));
        Assert.Equal(10, version.Rules.Count);
        Assert.Equal(1, version.Version);

        Assert.Equal(Enum.GetValues<ComplaintStatus>().ToHashSet(), complaints.Select(c => c.Status).ToHashSet());
        Assert.Equal(Enum.GetValues<RoutingOutcome>().ToHashSet(), complaints.Where(c => c.Routing is not null).Select(c => c.Routing!.Outcome).ToHashSet());
        Assert.Contains(complaints, c => c.EscalationLevel > 0);
        Assert.Contains(complaints, c => c.History.Any(h => h.Kind == ComplaintHistoryKind.Reopened));
        Assert.All(complaints, complaint =>
        {
            // Every step left a history entry; the last status change ends where the complaint is.
            Assert.Equal(complaint.Version, complaint.History.Count);
            Assert.Equal(complaint.Status, complaint.History.Last(h => h.ToStatus is not null).ToStatus);
            Assert.Equal(complaint.AssigneeId, complaint.History[^1].OwnerId);
            Assert.True(complaint.History.Zip(complaint.History.Skip(1)).All(p => p.First.At <= p.Second.At));
            Assert.All(complaint.History, h => Assert.True(h.At <= Now));
            if (complaint.Routing is { Outcome: RoutingOutcome.MatchedRule } decision)
            {
                Assert.Contains(version.Rules, r => r.Id == decision.MatchedRuleId && r.TargetOwnerId == decision.OwnerId);
            }
        });
    }

    [Fact]
    public async Task The_same_clock_gives_the_same_data()
    {
        await using var first = await MigratedAsync();
        await using var second = await MigratedAsync();
        await SeedAsync(first);
        await SeedAsync(second);

        Assert.Equal(await FingerprintAsync(first), await FingerprintAsync(second));
    }

    [Fact]
    public async Task Two_seeders_starting_at_once_seed_once()
    {
        await using var database = await MigratedAsync();

        var seeded = await Task.WhenAll(Task.Run(() => SeedAsync(database), _ct), Task.Run(() => SeedAsync(database), _ct));

        Assert.Equal(1, seeded.Count(s => s));
        Assert.Equal(200, (await CountsAsync(database)).Customers);
    }

    [Fact]
    public async Task Seeding_leaves_planner_statistics_so_routing_reads_a_complaint_s_own_history()
    {
        await using var database = await MigratedAsync();
        await SeedAsync(database);

        // Without statistics PostgreSQL assumes 200 distinct complaint ids in the history (hundreds of entries each) and
        // reads the whole table to route a few complaints. ANALYZE stores the ratio, which stays right as the table grows.
        await using var connection = await database.OpenConnectionAsync(_ct);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT n_distinct FROM pg_stats WHERE tablename = 'complaint_history' AND attname = 'complaint_id'", connection);
        var distinct = Assert.IsType<float>(await command.ExecuteScalarAsync(_ct));
        Assert.InRange(distinct, -1f, -0.1f); // a fraction of the rows: a few entries per complaint
    }

    private async Task<FreshDatabase> MigratedAsync()
    {
        var database = new FreshDatabase(server);
        await database.MigrateAsync(_ct);
        return database;
    }

    private async Task<bool> SeedAsync(FreshDatabase database)
    {
        await using var db = database.CreateContext();
        return await new DatabaseSeeder(db, new FixedTimeProvider(Now), NullLogger<DatabaseSeeder>.Instance).EnsureSeededAsync(_ct);
    }

    private async Task<(int Touchpoints, int Owners, int Customers, int Interactions, int Complaints, int Versions, int Drafts)> CountsAsync(FreshDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Touchpoints.CountAsync(_ct), await db.TouchpointOwners.CountAsync(_ct), await db.Customers.CountAsync(_ct),
            await db.Interactions.CountAsync(_ct), await db.Complaints.CountAsync(_ct), await db.RuleSetVersions.CountAsync(_ct),
            await db.RuleSetDrafts.CountAsync(_ct));
    }

    /// <summary>Everything but the generated ids.</summary>
    private async Task<string> FingerprintAsync(FreshDatabase database)
    {
        await using var db = database.CreateContext();
        var customers = await db.Customers.OrderBy(c => c.Email).Select(c => $"{c.Name}|{c.Email}|{c.Segment}|{c.CreatedAt:O}").ToListAsync(_ct);
        var complaints = await db.Complaints.WithHistory().OrderBy(c => c.IdempotencyKey).ToListAsync(_ct);
        var interactions = await db.Interactions.OrderBy(i => i.OccurredAt).ThenBy(i => i.Summary).Select(i => $"{i.OccurredAt:O}|{i.Summary}").ToListAsync(_ct);
        return string.Join("\n", customers.Concat(interactions).Concat(complaints.Select(c =>
            $"{c.IdempotencyKey}|{c.Status}|{c.Severity}|{c.EscalationLevel}|{c.Routing?.MatchedRuleName}|{string.Join(",", c.History.Select(h => $"{h.Kind}@{h.At:O}"))}")));
    }
}
