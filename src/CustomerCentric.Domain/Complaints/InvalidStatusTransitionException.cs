namespace CustomerCentric.Domain.Complaints;

/// <summary>A complaint was asked to move between two statuses that <see cref="ComplaintStatusMachine"/> does not connect.</summary>
public sealed class InvalidStatusTransitionException(ComplaintStatus from, ComplaintStatus to)
    : DomainException($"A complaint cannot go from {from} to {to}.")
{
    public ComplaintStatus From { get; } = from;
    public ComplaintStatus To { get; } = to;
}
