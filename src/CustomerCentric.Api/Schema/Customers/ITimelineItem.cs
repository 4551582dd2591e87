using CustomerCentric.GraphQL.CodeFirst;

namespace CustomerCentric.Api.Schema.Customers;

/// <summary>What a customer's timeline holds: interactions and complaints.</summary>
[GraphQLUnion("TimelineItem")]
public interface ITimelineItem
{
    [GraphQLIgnore]
    DateTimeOffset OccurredAt { get; }

    /// <summary>The interaction's or complaint's id: it orders items of the same moment, as in the database.</summary>
    [GraphQLIgnore]
    Guid Key { get; }
}
