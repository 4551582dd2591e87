namespace CustomerCentric.Data.Audit;

/// <summary>
/// One change made by a person: who, when, to what, and the entity as JSON before and after (null before a creation).
/// Written in the same SaveChanges as the change itself, so the log never claims a change that was rolled back.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActorLength = 256;
    public const int MaxEntityTypeLength = 64;
    public const int MaxActionLength = 64;
    public const int MaxEntityIdLength = 64;

    private AuditEntry()
    {
        Actor = EntityType = EntityId = Action = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string actor, string entityType, string entityId, string action, string? before, string? after)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        if (before is null && after is null)
        {
            throw new ArgumentException("An audit entry needs the state before or after the change (or both).", nameof(after));
        }

        Id = Guid.CreateVersion7(at);
        At = at;
        Actor = Limit(actor, MaxActorLength, nameof(actor));
        EntityType = Limit(entityType, MaxEntityTypeLength, nameof(entityType));
        EntityId = Limit(entityId, MaxEntityIdLength, nameof(entityId));
        Action = Limit(action, MaxActionLength, nameof(action));
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The signed-in user's name (e-mail) who made the change.</summary>
    public string Actor { get; private set; }

    /// <summary>What kind of thing changed: Touchpoint, TouchpointOwner, RoutingRule, RuleSetVersion, User, ApiKey.</summary>
    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>Created, Updated, Deactivated, Published, ...</summary>
    public string Action { get; private set; }

    /// <summary>The entity as JSON before the change; null when it was created.</summary>
    public string? Before { get; private set; }

    /// <summary>The entity as JSON after the change; null when it was removed.</summary>
    public string? After { get; private set; }

    private static string Limit(string value, int max, string name) =>
        value.Length <= max ? value : throw new ArgumentException($"{name} is at most {max} characters (was {value.Length}).", name);
}
