using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Customers;
using CustomerCentric.Data.Agenda;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Agenda;

[GraphQLDescription("A customer on the agenda because their relationship health declined.")]
public sealed class AgendaCustomer(CustomerHealthDrop drop)
{
    public async Task<CustomerNode?> GetCustomerAsync(IResolveFieldContext context) =>
        await context.DataLoader<CustomerByIdLoader>().LoadAsync(drop.CustomerId, context.CancellationToken) is { } c ? new CustomerNode(c) : null;

    [GraphQLDescription("Relationship health now (the same score as Customer.relationshipHealth).")]
    public int Score => drop.Health.Score;

    [GraphQLDescription("Relationship health 30 days ago.")]
    public int ScoreBefore => drop.Health.ScoreBefore;

    [GraphQLDescription("Why it is on the agenda: the drop first, then what moves the score now, most important first.")]
    public IReadOnlyList<string> Reasons => [drop.Reason, .. drop.Health.Reasons];
}
