using MassTransit;

namespace CustomerCentric.Contracts.Routing;

/// <summary>
/// A new routing rule set version is live (a publish or a rollback). The admin announces it on Redis pub/sub
/// (<see cref="RedisChannel"/>) so every worker switches at once; workers also poll, so a missed announcement only delays it.
/// </summary>
/// <param name="Version">The version number now current.</param>
/// <param name="PublishedAt">When it was published.</param>
[MessageUrn(RuleSetPublished.Urn)]
public sealed record RuleSetPublished(int Version, DateTimeOffset PublishedAt)
{
    /// <summary>The message type on the wire (see <see cref="ContractVersioning"/>).</summary>
    public const string Urn = ContractVersioning.UrnPrefix + "RuleSetPublished";

    /// <summary>The Redis pub/sub channel carrying this message as JSON.</summary>
    public const string RedisChannel = "customercentric:rule-set-published";

    public string? PublishedBy { get; init; }
}
