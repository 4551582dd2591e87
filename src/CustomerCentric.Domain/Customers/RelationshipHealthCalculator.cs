using CustomerCentric.Domain.Complaints;
using CustomerCentric.Domain.Interactions;

namespace CustomerCentric.Domain.Customers;

/// <summary>
/// Relationship health from what the customer experienced: the average sentiment of the last 90 days (-2..2 moves the score by
/// up to 40 points), open complaints (5 to 20 points each by severity), and silence (no contact for 60 days costs 10).
/// The trend compares the score now with the score computed as of 30 days ago. The API's relationshipHealth and the
/// leadership agenda (API and admin) share this one computation.
/// </summary>
public static class RelationshipHealthCalculator
{
    private static readonly TimeSpan SentimentWindow = TimeSpan.FromDays(90);
    private static readonly TimeSpan TrendDistance = TimeSpan.FromDays(30);
    private static readonly TimeSpan Silence = TimeSpan.FromDays(60);

    public static HealthAssessment Calculate(IReadOnlyList<Interaction> interactions, IReadOnlyList<Complaint> complaints, DateTimeOffset now)
    {
        var (score, reasons) = ScoreAt(interactions, complaints, now);
        var (before, _) = ScoreAt(interactions, complaints, now - TrendDistance);
        var trend = score - before >= 5 ? HealthTrend.Improving : before - score >= 5 ? HealthTrend.Declining : HealthTrend.Stable;
        return new HealthAssessment(score, before, trend, reasons);
    }

    private static (int Score, List<string> Reasons) ScoreAt(IReadOnlyList<Interaction> interactions, IReadOnlyList<Complaint> complaints, DateTimeOffset at)
    {
        var reasons = new List<(double Weight, string Text)>();
        double score = 70;

        var recent = interactions.Where(i => i.OccurredAt <= at && i.OccurredAt > at - SentimentWindow).ToList();
        if (recent.Count > 0)
        {
            var average = recent.Average(i => (int)i.Sentiment);
            var effect = average * 20;
            score += effect;
            reasons.Add((Math.Abs(effect), $"Average sentiment of {recent.Count} interaction(s) in the last 90 days is {average:+0.0;-0.0;0}."));
        }

        var open = complaints.Where(c => c.SubmittedAt <= at && IsOpenAt(c, at)).ToList();
        if (open.Count > 0)
        {
            var cost = open.Sum(c => c.Severity switch { Severity.Critical => 20, Severity.High => 12, Severity.Medium => 8, _ => 5 });
            score -= cost;
            reasons.Add((cost, $"{open.Count} open complaint(s), {open.Count(c => c.Severity >= Severity.High)} of them high or critical."));
        }

        var lastContact = interactions.Where(i => i.OccurredAt <= at).Select(i => (DateTimeOffset?)i.OccurredAt).Max();
        if (lastContact is null || at - lastContact > Silence)
        {
            score -= 10;
            reasons.Add((10, lastContact is null ? "No contact recorded." : $"No contact for {(int)(at - lastContact.Value).TotalDays} days."));
        }

        return ((int)Math.Round(Math.Clamp(score, 0, 100)), [.. reasons.OrderByDescending(r => r.Weight).Select(r => r.Text)]);
    }

    // Reopening clears ResolvedAt, so "not resolved by then" is the whole test.
    private static bool IsOpenAt(Complaint complaint, DateTimeOffset at) => complaint.ResolvedAt is not { } resolved || resolved > at;
}
