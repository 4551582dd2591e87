namespace CustomerCentric.Domain.Complaints;

public enum ComplaintCategory
{
    ProductDefect,
    DeliveryDelay,
    Billing,
    StaffBehaviour,
    ServiceOutage,
    DataPrivacy,
    Other,
}
