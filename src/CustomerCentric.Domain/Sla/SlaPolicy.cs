using CustomerCentric.Domain.Complaints;

namespace CustomerCentric.Domain.Sla;

/// <summary>Acknowledge-by and resolve-by per severity.</summary>
public sealed class SlaPolicy
{
    private readonly SlaTarget[] _targets;

    /// <summary>Critical 1 h / 8 h, High 4 h / 24 h, Medium 8 h / 72 h, Low 24 h / 168 h.</summary>
    public static SlaPolicy Default { get; } = new(
        low: new(TimeSpan.FromHours(24), TimeSpan.FromHours(168)),
        medium: new(TimeSpan.FromHours(8), TimeSpan.FromHours(72)),
        high: new(TimeSpan.FromHours(4), TimeSpan.FromHours(24)),
        critical: new(TimeSpan.FromHours(1), TimeSpan.FromHours(8)));

    public SlaPolicy(SlaTarget low, SlaTarget medium, SlaTarget high, SlaTarget critical)
    {
        _targets = [Check(low, Severity.Low), Check(medium, Severity.Medium), Check(high, Severity.High), Check(critical, Severity.Critical)];
        for (var i = 1; i < _targets.Length; i++)
        {
            if (_targets[i].AcknowledgeWithin > _targets[i - 1].AcknowledgeWithin || _targets[i].ResolveWithin > _targets[i - 1].ResolveWithin)
                throw new DomainException($"SLA for {(Severity)i} must not be longer than for {(Severity)(i - 1)}: a more severe complaint is never given more time.");
        }
    }

    public SlaTarget For(Severity severity) => _targets[(int)Require.Defined(severity, "Severity")];

    /// <summary>The deadlines of a complaint of this severity whose clock starts at <paramref name="from"/>.</summary>
    public SlaDeadlines Deadlines(Severity severity, DateTimeOffset from)
    {
        var target = For(severity);
        return new SlaDeadlines(from + target.AcknowledgeWithin, from + target.ResolveWithin);
    }

    /// <summary>After an escalation the new assignee gets a fresh acknowledge window, starting at the escalation.</summary>
    public DateTimeOffset AcknowledgeByAfterEscalation(Severity severity, DateTimeOffset escalatedAt) =>
        escalatedAt + For(severity).AcknowledgeWithin;

    private static SlaTarget Check(SlaTarget target, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.AcknowledgeWithin <= TimeSpan.Zero || target.ResolveWithin <= TimeSpan.Zero)
            throw new DomainException($"SLA for {severity} needs positive durations (acknowledge {target.AcknowledgeWithin}, resolve {target.ResolveWithin}).");
        if (target.ResolveWithin < target.AcknowledgeWithin)
            throw new DomainException($"SLA for {severity}: resolve-within ({target.ResolveWithin}) is shorter than acknowledge-within ({target.AcknowledgeWithin}).");
        return target;
    }
}
