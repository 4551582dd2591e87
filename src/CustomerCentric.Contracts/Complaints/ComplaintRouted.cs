using MassTransit;

namespace CustomerCentric.Contracts.Complaints;

/// <summary>The worker assigned a complaint to its owner and started the SLA clock.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="OwnerId">The touchpoint owner who now answers for it.</param>
/// <param name="RuleSetVersion">The published rule set version that decided; null when none was published yet.</param>
/// <param name="Outcome">"MatchedRule", "TouchpointDefaultOwner" or "ChiefTouchpointOfficer"; consumers treat unknown values as opaque.</param>
/// <param name="RoutedAt">When it was routed.</param>
/// <param name="AcknowledgeBy">The owner's acknowledge deadline.</param>
/// <param name="ResolveBy">The resolve deadline.</param>
[MessageUrn(ComplaintRouted.Urn)]
public sealed record ComplaintRouted(
    Guid ComplaintId,
    Guid OwnerId,
    int? RuleSetVersion,
    string Outcome,
    DateTimeOffset RoutedAt,
    DateTimeOffset AcknowledgeBy,
    DateTimeOffset ResolveBy)
{
    /// <summary>The message type on the wire (see <see cref="ContractVersioning"/>).</summary>
    public const string Urn = ContractVersioning.UrnPrefix + "ComplaintRouted";

    /// <summary>The rule that matched, when <see cref="Outcome"/> is "MatchedRule".</summary>
    public Guid? MatchedRuleId { get; init; }

    public string? MatchedRuleName { get; init; }
}
