using MassTransit;

namespace CustomerCentric.Contracts.Complaints;

/// <summary>An unacknowledged complaint missed its deadline and went to the next owner (deputy, then Chief Touchpoint Officer).</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="FromOwnerId">The assignee who missed the deadline.</param>
/// <param name="ToOwnerId">The new assignee.</param>
/// <param name="EscalationLevel">1 = deputy, 2 = Chief Touchpoint Officer.</param>
/// <param name="MissedDeadline">The acknowledge deadline that passed.</param>
/// <param name="EscalatedAt">When it was escalated.</param>
/// <param name="AcknowledgeBy">The new assignee's acknowledge deadline.</param>
[MessageUrn(ComplaintEscalated.Urn)]
public sealed record ComplaintEscalated(
    Guid ComplaintId,
    Guid? FromOwnerId,
    Guid ToOwnerId,
    int EscalationLevel,
    DateTimeOffset MissedDeadline,
    DateTimeOffset EscalatedAt,
    DateTimeOffset AcknowledgeBy)
{
    /// <summary>The message type on the wire (see <see cref="ContractVersioning"/>).</summary>
    public const string Urn = ContractVersioning.UrnPrefix + "ComplaintEscalated";
}
