using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Api.Schema.Customers;

/// <summary>The keys behind each <see cref="CustomerOrder"/>; the id breaks ties, so every customer has one place.</summary>
public static class CustomerOrders
{
    private static readonly KeysetOrder<Customer> NameAsc = new("customers:NAME_ASC", SortKey<Customer>.Ascending(c => c.Name), SortKey<Customer>.Ascending(c => c.Id));
    private static readonly KeysetOrder<Customer> NameDesc = new("customers:NAME_DESC", SortKey<Customer>.Descending(c => c.Name), SortKey<Customer>.Descending(c => c.Id));
    private static readonly KeysetOrder<Customer> CreatedAtAsc = new("customers:CREATED_AT_ASC", SortKey<Customer>.Ascending(c => c.CreatedAt), SortKey<Customer>.Ascending(c => c.Id));
    private static readonly KeysetOrder<Customer> CreatedAtDesc = new("customers:CREATED_AT_DESC", SortKey<Customer>.Descending(c => c.CreatedAt), SortKey<Customer>.Descending(c => c.Id));

    public static KeysetOrder<Customer> For(CustomerOrder order) => order switch
    {
        CustomerOrder.NameAsc => NameAsc,
        CustomerOrder.NameDesc => NameDesc,
        CustomerOrder.CreatedAtAsc => CreatedAtAsc,
        _ => CreatedAtDesc,
    };
}
