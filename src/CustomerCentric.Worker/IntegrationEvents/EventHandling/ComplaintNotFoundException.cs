namespace CustomerCentric.Worker.IntegrationEvents.EventHandling;

/// <summary>A message names a complaint that does not exist: a poison message, sent to the error queue without retries.</summary>
public sealed class ComplaintNotFoundException(Guid complaintId)
    : Exception($"Complaint {complaintId} does not exist.")
{
    public Guid ComplaintId { get; } = complaintId;
}
