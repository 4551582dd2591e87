namespace CustomerCentric.Domain.Complaints;

/// <summary>
/// The one table of allowed status changes (Zammad/Zendesk-like):
/// <code>
/// from          trigger       to
/// Received      Route         Routed         the engine found an owner
/// Routed        Acknowledge   Acknowledged   the owner took it
/// Routed        Resolve       Resolved       fixed before anyone acknowledged (a quick fix counts)
/// Acknowledged  Resolve       Resolved
/// Resolved      Close         Closed         the customer confirmed or the wait is over
/// Resolved      Reopen        Acknowledged | Routed
/// Closed        Reopen        Acknowledged | Routed
/// </code>
/// Reopen returns to Acknowledged when the complaint had been acknowledged before (its owner already owns it), else to
/// Routed (its acknowledge deadline still applies). Nothing goes back to Received and nothing stays where it is.
/// Escalation changes the assignee, not the status, and is allowed only while unacknowledged (Routed).
/// </summary>
public static class ComplaintStatusMachine
{
    private static readonly (ComplaintStatus From, ComplaintTrigger Trigger, ComplaintStatus To)[] Table =
    [
        (ComplaintStatus.Received, ComplaintTrigger.Route, ComplaintStatus.Routed),
        (ComplaintStatus.Routed, ComplaintTrigger.Acknowledge, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Routed, ComplaintTrigger.Resolve, ComplaintStatus.Resolved),
        (ComplaintStatus.Acknowledged, ComplaintTrigger.Resolve, ComplaintStatus.Resolved),
        (ComplaintStatus.Resolved, ComplaintTrigger.Close, ComplaintStatus.Closed),
        (ComplaintStatus.Resolved, ComplaintTrigger.Reopen, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Resolved, ComplaintTrigger.Reopen, ComplaintStatus.Routed),
        (ComplaintStatus.Closed, ComplaintTrigger.Reopen, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Closed, ComplaintTrigger.Reopen, ComplaintStatus.Routed),
    ];

    /// <summary>Whether any trigger leads from one status to the other.</summary>
    public static bool CanTransition(ComplaintStatus from, ComplaintStatus to) =>
        Array.Exists(Table, row => row.From == from && row.To == to);

    /// <summary>The status a trigger leads to from <paramref name="from"/>.</summary>
    /// <param name="wasAcknowledged">Whether the complaint has been acknowledged before (decides where Reopen goes).</param>
    /// <exception cref="InvalidStatusTransitionException">The table has no such row.</exception>
    public static ComplaintStatus Next(ComplaintStatus from, ComplaintTrigger trigger, bool wasAcknowledged)
    {
        var to = TargetOf(trigger, wasAcknowledged);
        return Array.Exists(Table, row => row.From == from && row.Trigger == trigger && row.To == to)
            ? to
            : throw new InvalidStatusTransitionException(from, to);
    }

    /// <summary>Escalation is for complaints nobody has taken yet.</summary>
    public static bool CanEscalate(ComplaintStatus status) => status == ComplaintStatus.Routed;

    private static ComplaintStatus TargetOf(ComplaintTrigger trigger, bool wasAcknowledged) => trigger switch
    {
        ComplaintTrigger.Route => ComplaintStatus.Routed,
        ComplaintTrigger.Acknowledge => ComplaintStatus.Acknowledged,
        ComplaintTrigger.Resolve => ComplaintStatus.Resolved,
        ComplaintTrigger.Close => ComplaintStatus.Closed,
        ComplaintTrigger.Reopen => wasAcknowledged ? ComplaintStatus.Acknowledged : ComplaintStatus.Routed,
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown trigger."),
    };
}
