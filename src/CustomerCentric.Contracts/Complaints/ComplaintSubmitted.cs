using MassTransit;

namespace CustomerCentric.Contracts.Complaints;

/// <summary>A complaint was stored with status Received and waits to be routed (written by the API's outbox).</summary>
/// <param name="ComplaintId">The complaint; the worker loads everything else it needs from the database.</param>
/// <param name="SubmittedAt">When the customer submitted it.</param>
[MessageUrn(ComplaintSubmitted.Urn)]
public sealed record ComplaintSubmitted(Guid ComplaintId, DateTimeOffset SubmittedAt)
{
    /// <summary>The message type on the wire (see <see cref="ContractVersioning"/>).</summary>
    public const string Urn = ContractVersioning.UrnPrefix + "ComplaintSubmitted";

    /// <summary>Optional (null from producers that leave it out): the touchpoint, so consumers may partition work without a lookup.</summary>
    public Guid? TouchpointId { get; init; }

    /// <summary>Optional: the severity by name ("Low" .. "Critical"); consumers treat names they do not know as opaque.</summary>
    public string? Severity { get; init; }
}
