using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

/// <summary>What a customer's timeline holds: interactions and complaints.</summary>
[GraphQLUnion("TimelineItem")]
public interface ITimelineItem
{
    [GraphQLIgnore]
    DateTimeOffset OccurredAt { get; }
}
