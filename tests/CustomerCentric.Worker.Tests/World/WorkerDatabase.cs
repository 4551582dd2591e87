using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
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

namespace CustomerCentric.Worker.Tests.World;

/// <summary>
/// A database of its own, migrated and seeded (touchpoints, owners with deputies, a Chief Touchpoint Officer, rule set
/// version 1, customers), where tests submit complaints the way the API does: the complaint and its ComplaintSubmitted
/// outbox row in one transaction.
/// </summary>
public sealed class WorkerDatabase(PostgresFixture server) : FreshDatabase(server, "cc_worker")
{
    private static readonly string[] Texts =
    [
        "The parcel never arrived and tracking shows nothing.", "I was charged twice for one order.", "The app crashes on start.",
        "The technician was rude and left early.", "Nobody answered my e-mail for a week.", "The invoice lists the wrong address.",
        "The store staff ignored me.", "My data was shared without consent.", "The courier left it in the rain.",
        "The website checkout fails with an error.", "The refund has not arrived.", "The service was down all evening.",
    ];

    public override async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await MigrateAsync(ct);
        await using var db = CreateContext();
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

    /// <summary>Writes <paramref name="message"/> to the outbox alone, as a producer would.</summary>
    /// <returns>The outbox row's id, which is the published MessageId.</returns>
    public async Task<Guid> EnqueueAsync<TMessage>(TMessage message, CancellationToken ct)
        where TMessage : class
    {
        await using var db = CreateContext();
        var row = new DbContextOutbox(db, TimeProvider.System).Enqueue(message);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>The id of the ComplaintSubmitted outbox row (its MessageId) for <paramref name="complaintId"/>.</summary>
    public async Task<Guid> OutboxIdOfAsync(Guid complaintId, CancellationToken ct)
    {
        await using var db = CreateContext();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType == typeof(ComplaintSubmitted).FullName).Select(m => new { m.Id, m.Payload }).ToListAsync(ct);
        return rows.Single(r => r.Payload.Contains(complaintId.ToString(), StringComparison.Ordinal)).Id;
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

}
