namespace CustomerCentric.Domain.Routing;

/// <summary>
/// The one editable rule list. Admins change it rule by rule; <see cref="Publish"/> freezes a copy as the next
/// <see cref="RuleSetVersion"/>. Every edit validates the rule it touches, so a draft never holds a rule that cannot compile.
/// </summary>
public sealed class RuleSetDraft
{
    private readonly List<RoutingRule> _rules = [];

    private RuleSetDraft()
    {
        UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public IReadOnlyList<RoutingRule> Rules => _rules;

    /// <summary>The published version this draft started from; null when it started empty.</summary>
    public int? BasedOnVersion { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; }

    /// <summary>
    /// Counts the edits; every change increments it. Editors carry the number they saw, so a change based on a draft that
    /// someone else changed in the meantime is refused instead of silently overwriting theirs.
    /// </summary>
    public int Version { get; private set; }

    public static RuleSetDraft CreateEmpty(string by, DateTimeOffset at)
    {
        var draft = new RuleSetDraft { Id = Guid.CreateVersion7(at) };
        draft.Touch(by, at);
        return draft;
    }

    public static RuleSetDraft StartFrom(RuleSetVersion version, string by, DateTimeOffset at)
    {
        var draft = CreateEmpty(by, at);
        draft.ResetTo(version, by, at);
        return draft;
    }

    /// <summary>Throws away the draft's changes and starts again from a published version.</summary>
    public void ResetTo(RuleSetVersion version, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(version);
        Touch(by, at);
        _rules.Clear();
        _rules.AddRange(version.Rules);
        BasedOnVersion = version.Version;
    }

    /// <summary>Adds a rule at the end, or at <paramref name="index"/> (0 = first).</summary>
    public void AddRule(RoutingRule rule, string by, DateTimeOffset at, int? index = null)
    {
        RoutingRuleValidator.EnsureValid(rule);
        if (_rules.Any(r => r.Id == rule.Id))
            throw new DomainException($"The draft already has a rule with id {rule.Id}.");
        var position = index ?? _rules.Count;
        if (position < 0 || position > _rules.Count)
            throw new DomainException($"Position {position} is outside the draft's rules (0..{_rules.Count}).");
        Touch(by, at);
        _rules.Insert(position, rule);
    }

    /// <summary>Replaces the rule with the same id, keeping its position.</summary>
    public void UpdateRule(RoutingRule rule, string by, DateTimeOffset at)
    {
        RoutingRuleValidator.EnsureValid(rule);
        var index = IndexOf(rule.Id);
        Touch(by, at);
        _rules[index] = rule;
    }

    public void RemoveRule(Guid ruleId, string by, DateTimeOffset at)
    {
        var index = IndexOf(ruleId);
        Touch(by, at);
        _rules.RemoveAt(index);
    }

    public void MoveUp(Guid ruleId, string by, DateTimeOffset at)
    {
        var index = IndexOf(ruleId);
        if (index == 0)
            throw new DomainException($"Rule '{_rules[index].Name}' is already first.");
        Touch(by, at);
        (_rules[index - 1], _rules[index]) = (_rules[index], _rules[index - 1]);
    }

    public void MoveDown(Guid ruleId, string by, DateTimeOffset at)
    {
        var index = IndexOf(ruleId);
        if (index == _rules.Count - 1)
            throw new DomainException($"Rule '{_rules[index].Name}' is already last.");
        Touch(by, at);
        (_rules[index + 1], _rules[index]) = (_rules[index], _rules[index + 1]);
    }

    /// <summary>
    /// Freezes the draft as version <paramref name="nextVersion"/> (the caller passes the latest published number + 1;
    /// the data layer's unique index rejects a race). The draft then continues from the new version.
    /// </summary>
    public RuleSetVersion Publish(int nextVersion, string by, DateTimeOffset at, string? note = null)
    {
        if (BasedOnVersion is { } basedOn && nextVersion <= basedOn)
            throw new DomainException($"The draft is based on version {basedOn}; it must be published as a later version (was {nextVersion}).");
        var version = new RuleSetVersion(nextVersion, _rules, by, at, note);
        Touch(by, at);
        BasedOnVersion = nextVersion;
        return version;
    }

    private int IndexOf(Guid ruleId)
    {
        var index = _rules.FindIndex(r => r.Id == ruleId);
        return index >= 0 ? index : throw new DomainException($"The draft has no rule with id {ruleId}.");
    }

    private void Touch(string by, DateTimeOffset at)
    {
        UpdatedBy = Require.Text(by, "Updated by");
        UpdatedAt = at;
        Version++;
    }
}
