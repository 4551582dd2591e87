namespace CustomerCentric.Domain.Complaints;

/// <summary>
/// The one table of allowed status changes (Zammad/Zendesk-like):
/// <code>
/// Received     -> Routed                      (Route: the engine found an owner)
/// Routed       -> Acknowledged | Resolved     (Acknowledge; or Resolve at once, e.g. a quick fix)
/// Acknowledged -> Resolved                    (Resolve)
/// Resolved     -> Closed                      (Close: the customer confirmed or the wait is over)
/// Resolved     -> Acknowledged | Routed       (Reopen)
/// Closed       -> Acknowledged | Routed       (Reopen)
/// </code>
/// Reopen returns to Acknowledged when the complaint had been acknowledged before (the owner already owns it), else to
/// Routed (its acknowledge deadline still applies). Nothing goes back to Received, and nothing stays where it is.
/// Escalation changes the assignee, not the status, and is allowed only while unacknowledged (Routed).
/// </summary>
public static class ComplaintStatusMachine
{
    private static readonly bool[,] Allowed = Build(
        (ComplaintStatus.Received, ComplaintStatus.Routed),
        (ComplaintStatus.Routed, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Routed, ComplaintStatus.Resolved),
        (ComplaintStatus.Acknowledged, ComplaintStatus.Resolved),
        (ComplaintStatus.Resolved, ComplaintStatus.Closed),
        (ComplaintStatus.Resolved, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Resolved, ComplaintStatus.Routed),
        (ComplaintStatus.Closed, ComplaintStatus.Acknowledged),
        (ComplaintStatus.Closed, ComplaintStatus.Routed));

    public static bool CanTransition(ComplaintStatus from, ComplaintStatus to) =>
        Enum.IsDefined(from) && Enum.IsDefined(to) && Allowed[(int)from, (int)to];

    /// <exception cref="InvalidStatusTransitionException">The table does not connect the two statuses.</exception>
    public static void EnsureCanTransition(ComplaintStatus from, ComplaintStatus to)
    {
        if (!CanTransition(from, to))
            throw new InvalidStatusTransitionException(from, to);
    }

    /// <summary>Escalation is for complaints nobody has taken yet.</summary>
    public static bool CanEscalate(ComplaintStatus status) => status == ComplaintStatus.Routed;

    /// <summary>Where a reopened complaint goes, from whether it had been acknowledged.</summary>
    public static ComplaintStatus ReopenTarget(bool wasAcknowledged) =>
        wasAcknowledged ? ComplaintStatus.Acknowledged : ComplaintStatus.Routed;

    private static bool[,] Build(params (ComplaintStatus From, ComplaintStatus To)[] pairs)
    {
        var count = Enum.GetValues<ComplaintStatus>().Length;
        var table = new bool[count, count];
        foreach (var (from, to) in pairs)
            table[(int)from, (int)to] = true;
        return table;
    }
}
