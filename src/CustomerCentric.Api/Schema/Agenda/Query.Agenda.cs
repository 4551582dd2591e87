using CustomerCentric.Api.Persistence;
using CustomerCentric.Api.Schema.Agenda;
using CustomerCentric.Data.Agenda;
using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema;

public sealed partial class Query
{
    [GraphQLDescription("The customer matters for the next leadership meeting, each with the reasons it is on the agenda.")]
    public async Task<AgendaView> GetAgendaAsync([Service] ReadDatabase database, [Service] TimeProvider time, CancellationToken cancellationToken) =>
        new(await database.QueryAsync(db => LeadershipAgenda.BuildAsync(db, time.GetUtcNow(), cancellationToken)));
}
