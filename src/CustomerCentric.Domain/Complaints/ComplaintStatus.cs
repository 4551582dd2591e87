namespace CustomerCentric.Domain.Complaints;

/// <summary>Where a complaint stands; the allowed moves between them are in <see cref="ComplaintStatusMachine"/>.</summary>
public enum ComplaintStatus
{
    Received,
    Routed,
    Acknowledged,
    Resolved,
    Closed,
}
