namespace CustomerCentric.Benchmarks.GraphQLServer.Sample;

/// <summary>The sample's query root, a request service (a singleton here) over the customers it was given.</summary>
public sealed class Query(IReadOnlyList<Customer> customers)
{
    /// <summary>The first customers of a segment (of all when none is given), as the graphql-js peer's resolver filters and slices.</summary>
    public IReadOnlyList<Customer> GetCustomers(Segment? segment, int? first = 20)
    {
        var count = first ?? 20;
        var page = new List<Customer>(Math.Clamp(count, 0, customers.Count));
        foreach (var customer in customers)
        {
            if (page.Count == count)
            {
                break;
            }

            if (segment is null || customer.Segment == segment)
            {
                page.Add(customer);
            }
        }

        return page;
    }
}
