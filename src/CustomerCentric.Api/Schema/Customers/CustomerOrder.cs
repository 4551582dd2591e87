namespace CustomerCentric.Api.Schema.Customers;

/// <summary>How customers are ordered (the id breaks ties, so pages never overlap).</summary>
public enum CustomerOrder
{
    NameAsc,
    NameDesc,
    CreatedAtAsc,
    CreatedAtDesc,
}
