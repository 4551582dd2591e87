namespace CustomerCentric.Domain.Complaints;

/// <summary>What asks a complaint to change status; one per state-changing method of <see cref="Complaint"/>.</summary>
public enum ComplaintTrigger
{
    Route,
    Acknowledge,
    Resolve,
    Close,
    Reopen,
}
