namespace CustomerCentric.Domain.Interactions;

/// <summary>How an experience felt, from very negative to very positive; the numbers make averages meaningful.</summary>
public enum Sentiment
{
    VeryNegative = -2,
    Negative = -1,
    Neutral = 0,
    Positive = 1,
    VeryPositive = 2,
}
