using CustomerCentric.Contracts.Complaints;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Benchmarks.Worker;

/// <summary>Writes complaints as the API does: each complaint and its ComplaintSubmitted outbox row in one transaction.</summary>
public sealed class ComplaintSubmitter(Func<CustomerCentricDbContext> contexts, IReadOnlyList<Guid> customers, IReadOnlyList<Guid> touchpoints)
{
    private static readonly ComplaintCategory[] Categories = Enum.GetValues<ComplaintCategory>();
    private static readonly Severity[] Severities = Enum.GetValues<Severity>();
    private readonly Random _random = new(7);

    public static async Task<ComplaintSubmitter> CreateAsync(Func<CustomerCentricDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        return new ComplaintSubmitter(
            contexts,
            await db.Customers.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken),
            await db.Touchpoints.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken));
    }

    /// <summary>Submits <paramref name="count"/> complaints in one transaction.</summary>
    /// <returns>Their ids and when the transaction had committed.</returns>
    public async Task<(IReadOnlyList<Guid> Ids, DateTimeOffset CommittedAt)> SubmitAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = contexts();
        var outbox = new DbContextOutbox(db, TimeProvider.System);
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            Complaint complaint;
            lock (_random) // the steady run submits concurrently
            {
                complaint = Complaint.Submit(
                    customers[_random.Next(customers.Count)], touchpoints[_random.Next(touchpoints.Count)],
                    Categories[_random.Next(Categories.Length)], Severities[_random.Next(Severities.Length)],
                    "The parcel never arrived and the hotline did not call back.", $"bench-{Guid.NewGuid():N}", DateTimeOffset.UtcNow);
            }

            db.Complaints.Add(complaint);
            outbox.Enqueue(new ComplaintSubmitted(complaint.Id, complaint.SubmittedAt)
            {
                TouchpointId = complaint.TouchpointId,
                Severity = complaint.Severity.ToString(),
            });
            ids.Add(complaint.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (ids, DateTimeOffset.UtcNow);
    }
}
