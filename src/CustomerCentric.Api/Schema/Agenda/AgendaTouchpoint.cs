using CustomerCentric.Api.DataLoaders;
using CustomerCentric.Api.Schema.Touchpoints;
using CustomerCentric.Data.Agenda;
using CustomerCentric.GraphQL.CodeFirst;
using CustomerCentric.GraphQL.DataLoader;
using CustomerCentric.GraphQL.Types;

namespace CustomerCentric.Api.Schema.Agenda;

[GraphQLDescription("A touchpoint on the agenda because the sentiment of its interactions is falling.")]
public sealed class AgendaTouchpoint(TouchpointSentimentDrop drop)
{
    public async Task<TouchpointNode?> GetTouchpointAsync(IResolveFieldContext context) =>
        await context.DataLoader<TouchpointByIdLoader>().LoadAsync(drop.TouchpointId, context.CancellationToken) is { } t ? new TouchpointNode(t) : null;

    [GraphQLDescription("Average sentiment (-2 very negative .. 2 very positive) of the interactions in the previous 14 days.")]
    public double SentimentBefore => drop.Before;

    [GraphQLDescription("Average sentiment of the interactions in the last 14 days.")]
    public double SentimentNow => drop.Now;

    [GraphQLDescription("Why it is on the agenda.")]
    public IReadOnlyList<string> Reasons => [drop.Reason];
}
