namespace CustomerCentric.Domain.Complaints;

public enum ComplaintHistoryKind
{
    Submitted,
    Routed,
    Acknowledged,
    Resolved,
    Closed,
    Reopened,
    Escalated,
    NoteAdded,
}
