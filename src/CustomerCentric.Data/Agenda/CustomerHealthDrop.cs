using CustomerCentric.Domain.Customers;

namespace CustomerCentric.Data.Agenda;

/// <summary>A customer whose relationship health declined over the last 30 days; the health's reasons say why.</summary>
public sealed record CustomerHealthDrop(Guid CustomerId, HealthAssessment Health)
{
    public string Reason => $"Relationship health fell from {Health.ScoreBefore} to {Health.Score} in 30 days.";
}
