using CustomerCentric.Api.Schema.Relay;
using CustomerCentric.Data.Agenda;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Agenda;

/// <summary>The GraphQL view of the shared <see cref="LeadershipAgenda"/>: one paged list per kind of matter.</summary>
[GraphQLName("Agenda")]
[GraphQLDescription("The leadership meeting's agenda, computed when asked.")]
public sealed class AgendaView(LeadershipAgenda agenda)
{
    [GraphQLDescription("Customers whose relationship health declined over the last 30 days, largest drop first.")]
    public Connection<AgendaCustomer> Customers(int? first = null, string? after = null, int? last = null, string? before = null) =>
        PositionPaging.ToConnection(agenda.Customers, new PagingArguments(first, after, last, before), c => new AgendaCustomer(c));

    [GraphQLDescription("Open critical complaints, oldest first.")]
    public Connection<AgendaComplaint> OpenCriticalComplaints(int? first = null, string? after = null, int? last = null, string? before = null) =>
        PositionPaging.ToConnection(agenda.OpenCritical, new PagingArguments(first, after, last, before), c => new AgendaComplaint(c));

    [GraphQLDescription("Open complaints escalated after a missed SLA deadline, highest level first.")]
    public Connection<AgendaComplaint> Escalations(int? first = null, string? after = null, int? last = null, string? before = null) =>
        PositionPaging.ToConnection(agenda.Escalations, new PagingArguments(first, after, last, before), c => new AgendaComplaint(c));

    [GraphQLDescription("Touchpoints whose average interaction sentiment fell from the previous 14 days to the last 14, largest fall first.")]
    public Connection<AgendaTouchpoint> Touchpoints(int? first = null, string? after = null, int? last = null, string? before = null) =>
        PositionPaging.ToConnection(agenda.Touchpoints, new PagingArguments(first, after, last, before), t => new AgendaTouchpoint(t));
}
