using CustomerCentric.Api.Schema.Complaints;
using CustomerCentric.Data.Agenda;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Agenda;

[GraphQLDescription("An open complaint on the agenda: critical, or escalated.")]
public sealed class AgendaComplaint(ComplaintOnAgenda item)
{
    public ComplaintNode Complaint => new(item.Complaint);

    [GraphQLDescription("Why it is on the agenda.")]
    public IReadOnlyList<string> Reasons => [item.Reason];
}
