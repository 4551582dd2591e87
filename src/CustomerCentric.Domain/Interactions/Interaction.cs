namespace CustomerCentric.Domain.Interactions;

/// <summary>One experience a customer had at a touchpoint.</summary>
public sealed class Interaction
{
    private Interaction()
    {
        Summary = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid TouchpointId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public string Summary { get; private set; }
    public Sentiment Sentiment { get; private set; }

    public static Interaction Record(Guid customerId, Guid touchpointId, DateTimeOffset occurredAt, string summary, Sentiment sentiment) =>
        new()
        {
            Id = Guid.CreateVersion7(occurredAt),
            CustomerId = Require.Id(customerId, "Customer"),
            TouchpointId = Require.Id(touchpointId, "Touchpoint"),
            OccurredAt = occurredAt,
            Summary = Require.Text(summary, "Interaction summary", 2000),
            Sentiment = Require.Defined(sentiment, "Sentiment"),
        };
}
