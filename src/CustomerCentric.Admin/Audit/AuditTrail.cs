using System.Security.Claims;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Data;
using CustomerCentric.Data.Audit;
using CustomerCentric.Data.Json;

namespace CustomerCentric.Admin.Audit;

/// <summary>
/// Records who changed what: snapshots go in as JSON, the entry joins the context's pending changes and is written by the
/// same SaveChanges as the change itself.
/// </summary>
public sealed class AuditTrail(CustomerCentricDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>The entity as JSON now; take it before changing the entity to get the "before".</summary>
    public static string Snapshot<T>(T entity) where T : class => StoredJson.Serialize(entity);

    public AuditEntry Record(string entityType, object entityId, string action, string? before, string? after) =>
        Record(Actor, entityType, entityId, action, before, after);

    /// <summary>A change nobody signed in made: the first admin from configuration, a lockout after failed sign-ins.</summary>
    public AuditEntry Record(string actor, string entityType, object entityId, string action, string? before, string? after)
    {
        var entry = new AuditEntry(
            time.GetUtcNow(), actor, entityType, entityId.ToString() ?? throw new ArgumentNullException(nameof(entityId)), action, before, after);
        db.AuditEntries.Add(entry);
        return entry;
    }

    private string Actor => (http.HttpContext?.User ?? new ClaimsPrincipal()).ActorName();
}
