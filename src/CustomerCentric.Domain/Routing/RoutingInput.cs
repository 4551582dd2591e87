using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Customers;
using CustomerCentric.Domain.Touchpoints;

namespace CustomerCentric.Domain.Routing;

/// <summary>Everything a rule can look at, gathered from the complaint, its touchpoint and its customer.</summary>
public readonly record struct RoutingInput(
    Guid TouchpointId,
    Channel Channel,
    JourneyPhase JourneyPhase,
    ComplaintCategory Category,
    Severity Severity,
    CustomerSegment Segment,
    string Text)
{
    public static RoutingInput For(Complaint complaint, Touchpoint touchpoint, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(touchpoint);
        ArgumentNullException.ThrowIfNull(customer);
        if (complaint.TouchpointId != touchpoint.Id)
            throw new DomainException($"Complaint {complaint.Id} is about touchpoint {complaint.TouchpointId}, not {touchpoint.Id}.");
        if (complaint.CustomerId != customer.Id)
            throw new DomainException($"Complaint {complaint.Id} is from customer {complaint.CustomerId}, not {customer.Id}.");
        return new RoutingInput(touchpoint.Id, touchpoint.Channel, touchpoint.JourneyPhase, complaint.Category, complaint.Severity, customer.Segment, complaint.Text);
    }
}
