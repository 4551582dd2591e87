namespace CustomerCentric.Domain.Customers;

/// <summary>How a customer meets the company; a touchpoint has one, a customer prefers one.</summary>
public enum Channel
{
    Web,
    App,
    Store,
    Hotline,
    Email,
    Chat,
    Social,
    Delivery,
    Invoice,
    FieldService,
}
