namespace CustomerCentric.Domain.Complaints;

/// <summary>One step in a complaint's life, written by every state-changing method of <see cref="Complaint"/>.</summary>
public sealed class ComplaintHistoryEntry
{
    private ComplaintHistoryEntry()
    {
        Actor = string.Empty;
    }

    internal ComplaintHistoryEntry(
        Guid complaintId, ComplaintHistoryKind kind, ComplaintStatus? fromStatus, ComplaintStatus? toStatus,
        DateTimeOffset at, string actor, string? text, Guid? ownerId)
    {
        Id = Guid.CreateVersion7(at);
        ComplaintId = complaintId;
        Kind = kind;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        At = at;
        Actor = actor;
        Text = text;
        OwnerId = ownerId;
    }

    public Guid Id { get; private set; }
    public Guid ComplaintId { get; private set; }
    public ComplaintHistoryKind Kind { get; private set; }
    public ComplaintStatus? FromStatus { get; private set; }
    public ComplaintStatus? ToStatus { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; }
    public string? Text { get; private set; }

    /// <summary>The assignee after this step.</summary>
    public Guid? OwnerId { get; private set; }
}
