using CustomerCentric.Domain.Interactions;

namespace CustomerCentric.Domain.Tests.Interactions;

public sealed class InteractionTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Record_keeps_the_experience_and_validates()
    {
        var (customer, touchpoint) = (Guid.NewGuid(), Guid.NewGuid());
        var interaction = Interaction.Record(customer, touchpoint, At, "Delivery on time", Sentiment.Positive);
        Assert.Equal((customer, touchpoint, At, "Delivery on time", Sentiment.Positive),
            (interaction.CustomerId, interaction.TouchpointId, interaction.OccurredAt, interaction.Summary, interaction.Sentiment));
        Assert.Equal(-2, (int)Sentiment.VeryNegative);

        Assert.Throws<DomainException>(() => Interaction.Record(Guid.Empty, touchpoint, At, "x", Sentiment.Neutral));
        Assert.Throws<DomainException>(() => Interaction.Record(customer, touchpoint, At, "", Sentiment.Neutral));
        Assert.Throws<DomainException>(() => Interaction.Record(customer, touchpoint, At, "x", (Sentiment)5));
    }
}
