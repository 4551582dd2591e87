namespace CustomerCentric.Domain.Routing;

/// <summary>A published, numbered, immutable list of rules. Complaints record the version that routed them.</summary>
public sealed class RuleSetVersion
{
    private readonly List<RoutingRule> _rules = [];

    private RuleSetVersion()
    {
        PublishedBy = string.Empty;
    }

    internal RuleSetVersion(int version, IEnumerable<RoutingRule> rules, string publishedBy, DateTimeOffset publishedAt, string? note)
    {
        if (version < 1)
            throw new DomainException($"Rule set versions are numbered from 1 (was {version}).");
        _rules.AddRange(rules);
        RoutingRuleValidator.EnsureAllValid(_rules);
        Id = Guid.CreateVersion7(publishedAt);
        Version = version;
        PublishedBy = Require.Text(publishedBy, "Published by");
        PublishedAt = publishedAt;
        Note = Require.OptionalText(note, "Note");
    }

    public Guid Id { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; }
    public string? Note { get; private set; }
    /// <summary>A read-only view: a published version never changes, not even through a cast.</summary>
    public IReadOnlyList<RoutingRule> Rules => _rules.AsReadOnly();

    /// <summary>Rollback: publishes this version's rules again under the next number, so history only ever grows.</summary>
    public RuleSetVersion Republish(int nextVersion, string by, DateTimeOffset at, string? note = null)
    {
        if (nextVersion <= Version)
            throw new DomainException($"Republishing version {Version} needs a later version number (was {nextVersion}).");
        return new RuleSetVersion(nextVersion, _rules, by, at, note ?? $"Rollback to version {Version}.");
    }
}
