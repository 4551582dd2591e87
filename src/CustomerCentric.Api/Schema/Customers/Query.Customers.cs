using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Domain.Customers;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema;

public sealed partial class Query
{
    [GraphQLDescription("A customer by ID; null when there is none.")]
    public async Task<CustomerNode?> GetCustomerAsync([GraphQLType("ID!")] string id, IResolveFieldContext context) =>
        await context.DataLoader<CustomerByIdLoader>().LoadAsync(NodeId.Decode(id, CustomerNode.TypeName), context.CancellationToken) is { } c ? new CustomerNode(c) : null;

    [GraphQLDescription("Customers, filtered and sorted, a page at a time.")]
    public Task<Connection<CustomerNode>> GetCustomersAsync(
        [Service] ReadDatabase database,
        CancellationToken cancellationToken,
        CustomerFilter? where = null,
        CustomerOrder orderBy = CustomerOrder.NameAsc,
        int? first = null,
        string? after = null,
        int? last = null,
        string? before = null) =>
        Paging.ToConnectionAsync(database, db => Filter(db.Customers, where), CustomerOrders.For(orderBy), new PagingArguments(first, after, last, before), c => new CustomerNode(c), cancellationToken);

    private static IQueryable<Customer> Filter(IQueryable<Customer> customers, CustomerFilter? where)
    {
        if (where is null)
        {
            return customers;
        }

        if (!string.IsNullOrWhiteSpace(where.Name))
        {
            var name = where.Name.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.Name.ToLower().Contains(name));
        }

        if (!string.IsNullOrWhiteSpace(where.Email))
        {
            var email = where.Email.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.Email.ToLower() == email);
        }

        if (where.Segment is { } segment)
        {
            customers = customers.Where(c => c.Segment == segment);
        }

        if (!string.IsNullOrWhiteSpace(where.Search))
        {
            // Contains on lower-cased columns: portable across providers (EF escapes the user's wildcards).
            var text = where.Search.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.Name.ToLower().Contains(text) || c.Email.ToLower().Contains(text) || (c.Phone != null && c.Phone.Contains(text)));
        }

        return customers;
    }
}
