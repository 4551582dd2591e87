using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Owners;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;
using CustomerCentric.Domain.Touchpoints;
using CustomerCentric.Testing;

namespace CustomerCentric.Data.Tests.Persistence;

/// <summary>A small consistent world (owners, a touchpoint, a customer) for tests that store complaints.</summary>
public sealed class TestEntities
{
    // PostgreSQL keeps microseconds; whole seconds compare equal after a round trip.
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public TestEntities()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        Owner = TouchpointOwner.Create("Mara Lindqvist", $"mara.{tag}@example.com", "Delivery");
        Deputy = TouchpointOwner.Create("Jonas Weber", $"jonas.{tag}@example.com", "Delivery");
        Owner.AssignDeputy(Deputy.Id);
        Touchpoint = Touchpoint.Create("Parcel delivery", "Home delivery by our carriers", Channel.Delivery, JourneyPhase.Purchase, Owner.Id);
        Customer = Customer.Register("Ada Lovelace", $"ada.{tag}@example.com", "+44 20 7946 0000", "en-GB", Channel.Email, CustomerSegment.KeyAccount, Start);
    }

    public TouchpointOwner Owner { get; }
    public TouchpointOwner Deputy { get; }
    public Touchpoint Touchpoint { get; }
    public Customer Customer { get; }

    public void AddTo(CustomerCentricDbContext db)
    {
        db.TouchpointOwners.AddRange(Deputy, Owner);
        db.Touchpoints.Add(Touchpoint);
        db.Customers.Add(Customer);
    }

    /// <summary>Stores this world and <paramref name="complaints"/> in one save.</summary>
    public async Task SaveAsync(FreshDatabase database, CancellationToken cancellationToken, params Complaint[] complaints)
    {
        await using var db = database.CreateContext();
        AddTo(db);
        db.Complaints.AddRange(complaints);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Complaint SubmitComplaint(string? idempotencyKey = null, DateTimeOffset? at = null)
        => Complaint.Submit(
            Customer.Id, Touchpoint.Id, ComplaintCategory.DeliveryDelay, Severity.High,
            "The parcel was promised for Monday and has not arrived on Thursday.",
            idempotencyKey ?? Guid.NewGuid().ToString("N"), at ?? Start.AddHours(1));

    public RoutingDecision DecisionFor(Guid ownerId, DateTimeOffset at)
        => new(
            3, Guid.CreateVersion7(), "Late deliveries to the delivery team", RoutingOutcome.MatchedRule, ownerId,
            [new RuleMismatch(Guid.CreateVersion7(), "Key accounts to key account management", 0, "customer segment is Private; rule needs KeyAccount")],
            at);

    public static SlaDeadlines Deadlines(Severity severity, DateTimeOffset from) => SlaPolicy.Default.Deadlines(severity, from);
}
