using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Migrating;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Data.Seeding;
using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Touchpoints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>
/// A database of its own, migrated and seeded (touchpoints, owners with deputies, a Chief Touchpoint Officer, rule set
/// version 1, customers), where tests submit complaints the way the API does: the complaint and its ComplaintSubmitted
/// outbox row in one transaction.
/// </summary>
public sealed class WorkerDatabase : IAsyncLifetime
{
    private static readonly string[] Texts =
    [
        "The parcel never arrived and tracking shows nothing.", "I was charged twice for one order.", "The app crashes on start.",
        "The technician was rude and left early.", "Nobody answered my e-mail for a week.", "The invoice lists the wrong address.",
        "The store staff ignored me.", "My data was shared without consent.", "The courier left it in the rain.",
        "The website checkout fails with an error.", "The refund has not arrived.", "The service was down all evening.",
    ];

    private readonly PostgresFixture _server;

    public WorkerDatabase(PostgresFixture server)
    {
        _server = server;
        Name = $"cc_worker_{Guid.NewGuid():N}";
        ConnectionString = server.Server.ConnectionStringFor(Name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public CustomerCentricDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<CustomerCentricDbContext>().UseCustomerCentricDatabase(ConnectionString).Options);

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = CreateContext();
        await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct);
        await new DatabaseSeeder(db, TimeProvider.System, NullLogger<DatabaseSeeder>.Instance).EnsureSeededAsync(ct);
    }

    /// <summary>Submits <paramref name="count"/> complaints of varied touchpoints, customers, categories and severities.</summary>
    /// <param name="copies">ComplaintSubmitted rows per complaint (2 injects a duplicate of every message).</param>
    public async Task<IReadOnlyList<Guid>> SubmitComplaintsAsync(int count, int seed, CancellationToken ct, int copies = 1)
    {
        var random = new Random(seed);
        await using var read = CreateContext();
        var touchpoints = await read.Touchpoints.AsNoTracking().Select(t => t.Id).ToListAsync(ct);
        var customers = await read.Customers.AsNoTracking().Select(c => c.Id).ToListAsync(ct);
        var categories = Enum.GetValues<ComplaintCategory>();
        var severities = Enum.GetValues<Severity>();

        var ids = new List<Guid>(count);
        const int chunk = 250;
        for (var start = 0; start < count; start += chunk)
        {
            await using var db = CreateContext();
            var outbox = new DbContextOutbox(db, TimeProvider.System);
            for (var i = start; i < Math.Min(count, start + chunk); i++)
            {
                var complaint = Complaint.Submit(
                    customers[random.Next(customers.Count)], touchpoints[random.Next(touchpoints.Count)],
                    categories[random.Next(categories.Length)], severities[random.Next(severities.Length)],
                    Texts[random.Next(Texts.Length)], $"test-{seed}-{i}-{Guid.NewGuid():N}", DateTimeOffset.UtcNow);
                db.Complaints.Add(complaint);
                for (var copy = 0; copy < copies; copy++)
                {
                    outbox.Enqueue(new ComplaintSubmitted(complaint.Id, complaint.SubmittedAt)
                    {
                        TouchpointId = complaint.TouchpointId,
                        Severity = complaint.Severity.ToString(),
                    });
                }

                ids.Add(complaint.Id);
            }

            await db.SaveChangesAsync(ct);
        }

        return ids;
    }

    /// <summary>Who the published rules (the latest version, compiled here as the worker does) say takes each complaint.</summary>
    public async Task<Dictionary<Guid, (Guid Owner, int? Version)>> ExpectedOwnersAsync(IReadOnlyCollection<Guid> complaintIds, CancellationToken ct)
    {
        await using var db = CreateContext();
        var version = await db.RuleSetVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(ct);
        var rules = RuleSetCompiler.Compile(version);
        var touchpoints = await db.Touchpoints.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var customers = await db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var owners = await db.TouchpointOwners.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var chief = owners.Values.Single(o => o.IsChiefTouchpointOfficer && o.IsActive);
        var complaints = await db.Complaints.AsNoTracking().Where(c => complaintIds.Contains(c.Id)).ToListAsync(ct);
        return complaints.ToDictionary(c => c.Id, c =>
        {
            Touchpoint touchpoint = touchpoints[c.TouchpointId];
            Customer customer = customers[c.CustomerId];
            TouchpointOwner? defaultOwner = touchpoint.DefaultOwnerId is { } id ? owners[id] : null;
            var decision = rules.Evaluate(RoutingInput.For(c, touchpoint, customer), RoutingFallbacks.From(defaultOwner, chief), DateTimeOffset.UtcNow);
            return (decision.OwnerId, decision.RuleSetVersion);
        });
    }

    /// <summary>Waits until every complaint is Routed.</summary>
    public Task WaitUntilRoutedAsync(IReadOnlyCollection<Guid> complaintIds, TimeSpan timeout, CancellationToken ct) =>
        WaitUntilAsync($"all {complaintIds.Count} complaints routed", async db =>
        {
            var routed = await db.Complaints.CountAsync(c => complaintIds.Contains(c.Id) && c.Status == ComplaintStatus.Routed, ct);
            var unsent = await db.OutboxMessages.CountAsync(m => m.SentAt == null, ct);
            var error = await db.OutboxMessages.Where(m => m.LastError != null).Select(m => m.LastError).FirstOrDefaultAsync(ct);
            return (routed == complaintIds.Count, $"{routed} routed, {unsent} outbox rows unsent, an outbox error: {error ?? "none"}");
        }, timeout, ct);

    /// <summary>Waits until every outbox row was confirmed by the broker.</summary>
    public Task WaitUntilOutboxSentAsync(TimeSpan timeout, CancellationToken ct) =>
        WaitUntilAsync("the outbox sent", async db =>
        {
            var unsent = await db.OutboxMessages.CountAsync(m => m.SentAt == null, ct);
            var failed = await db.OutboxMessages.Where(m => m.SentAt == null && m.LastError != null)
                .Select(m => new { m.Attempts, m.LastError }).FirstOrDefaultAsync(ct);
            return (unsent == 0, $"{unsent} unsent; a failed one: {failed?.Attempts} attempts, {failed?.LastError ?? "none"}");
        }, timeout, ct);

    /// <summary>Polls <paramref name="probe"/> until it says done, or fails with its last state.</summary>
    public async Task WaitUntilAsync(
        string what, Func<CustomerCentricDbContext, Task<(bool Done, string State)>> probe, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var state = "never checked";
        while (DateTimeOffset.UtcNow < deadline)
        {
            await using (var db = CreateContext())
            {
                (var done, state) = await probe(db);
                if (done)
                {
                    return;
                }
            }

            await Task.Delay(200, ct);
        }

        Assert.Fail($"Waited {timeout.TotalSeconds:0} s for {what}; last state: {state}.");
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var maintenance = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
