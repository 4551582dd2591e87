using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Domain.Sla;

namespace CustomerCentric.Domain.Tests.Complaints;

/// <summary>Complaints brought into a given status the legal way, for tests that start from there.</summary>
public static class ComplaintScenarios
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid Assignee = Guid.Parse("a0000000-0000-0000-0000-000000000001");

    public static Complaint Submitted(Severity severity = Severity.High) =>
        Complaint.Submit(Guid.NewGuid(), Guid.NewGuid(), ComplaintCategory.Billing, severity, "Charged twice.", $"key-{Guid.NewGuid()}", Start);

    public static RoutingDecision Decision(Guid owner) =>
        new(4, Guid.NewGuid(), "billing", RoutingOutcome.MatchedRule, owner, [], Start);

    /// <param name="acknowledged">For Resolved and Closed: whether the path went through Acknowledged.</param>
    public static Complaint In(ComplaintStatus status, bool acknowledged = true)
    {
        var complaint = Submitted();
        if (status == ComplaintStatus.Received)
            return complaint;
        complaint.Route(Decision(Assignee), SlaPolicy.Default.Deadlines(complaint.Severity, Start), Start.AddMinutes(1));
        if (status == ComplaintStatus.Routed)
            return complaint;
        if (status == ComplaintStatus.Acknowledged || acknowledged)
            complaint.Acknowledge("owner", Start.AddMinutes(2));
        if (status == ComplaintStatus.Acknowledged)
            return complaint;
        complaint.Resolve("owner", Start.AddMinutes(3), "Refunded.");
        if (status == ComplaintStatus.Resolved)
            return complaint;
        complaint.Close("owner", Start.AddMinutes(4));
        return complaint;
    }
}
