using System.Globalization;

namespace CustomerCentric.Data.Agenda;

/// <summary>A touchpoint whose average interaction sentiment (-2..2) fell from the previous window to the last one.</summary>
public sealed record TouchpointSentimentDrop(Guid TouchpointId, double Before, double Now, int InteractionsBefore, int InteractionsNow)
{
    public string Reason => string.Create(CultureInfo.InvariantCulture,
        $"Average sentiment fell from {Before:+0.00;-0.00;0.00} ({InteractionsBefore} interactions) to {Now:+0.00;-0.00;0.00} ({InteractionsNow}) over the last {(int)LeadershipAgenda.SentimentWindow.TotalDays} days.");
}
