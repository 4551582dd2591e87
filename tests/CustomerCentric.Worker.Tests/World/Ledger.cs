using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Worker.Tests.World;

/// <summary>What the database says happened to a set of complaints: the facts the exactly-once assertions check.</summary>
public sealed class Ledger
{
    private Ledger(List<Complaint> complaints, Dictionary<Guid, int> routedMessages, Dictionary<Guid, int> escalatedMessages, int unsentMessages)
    {
        Complaints = complaints;
        RoutedMessages = routedMessages;
        EscalatedMessages = escalatedMessages;
        UnsentMessages = unsentMessages;
    }

    public List<Complaint> Complaints { get; }

    /// <summary>ComplaintRouted outbox rows per complaint.</summary>
    public Dictionary<Guid, int> RoutedMessages { get; }

    /// <summary>ComplaintEscalated outbox rows per complaint.</summary>
    public Dictionary<Guid, int> EscalatedMessages { get; }

    /// <summary>Outbox rows of any kind not yet confirmed by the broker.</summary>
    public int UnsentMessages { get; }

    public static async Task<Ledger> ReadAsync(WorkerDatabase database, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var complaints = await db.Complaints.AsNoTracking().WithHistory().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        return new Ledger(
            complaints,
            await CountMessagesAsync(db, typeof(ComplaintRouted), ids, ct),
            await CountMessagesAsync(db, typeof(ComplaintEscalated), ids, ct),
            await db.OutboxMessages.CountAsync(m => m.SentAt == null, ct));
    }

    /// <summary>Every complaint routed once, to the expected owner by the expected version, announced once.</summary>
    public void AssertRoutedExactlyOnce(IReadOnlyDictionary<Guid, (Guid Owner, int? Version)> expected)
    {
        Assert.Equal(expected.Count, Complaints.Count);
        // The decision's owner, not the assignee: a complaint may have been escalated since.
        var wrong = Complaints.Where(c => c.Status != ComplaintStatus.Routed || c.Routing?.OwnerId != expected[c.Id].Owner).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} complaints not routed to the owner the rules name, e.g. {wrong.FirstOrDefault()?.Id}");
        Assert.All(Complaints, c =>
        {
            Assert.Equal(expected[c.Id].Owner, c.Routing!.OwnerId);
            Assert.Equal(expected[c.Id].Version, c.Routing.RuleSetVersion);
            Assert.Equal(1, c.History.Count(h => h.Kind == ComplaintHistoryKind.Routed));
            Assert.Equal(1, RoutedMessages.GetValueOrDefault(c.Id));
        });
    }

    /// <summary>Each complaint escalated at most once per level, with one ComplaintEscalated per escalation.</summary>
    public void AssertEscalatedAtMostOncePerLevel()
    {
        Assert.All(Complaints, c =>
        {
            var escalations = c.History.Where(h => h.Kind == ComplaintHistoryKind.Escalated).ToList();
            Assert.True(escalations.Count <= 2, $"Complaint {c.Id} was escalated {escalations.Count} times.");
            Assert.Equal(escalations.Count, EscalatedMessages.GetValueOrDefault(c.Id));
            Assert.Equal(escalations.Count, c.EscalationLevel);
        });
    }

    private static async Task<Dictionary<Guid, int>> CountMessagesAsync(CustomerCentricDbContext db, Type type, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.ToHashSet();
        var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.MessageType == type.FullName).Select(m => m.Payload).ToListAsync(ct);
        return payloads
            .Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement.GetProperty("complaintId").GetGuid())
            .Where(wanted.Contains)
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
