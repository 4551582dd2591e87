namespace CustomerCentric.Domain.Customers;

public enum CustomerSegment
{
    Private,
    Business,
    KeyAccount,
}
