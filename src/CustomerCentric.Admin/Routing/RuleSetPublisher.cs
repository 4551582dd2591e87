using System.Text.Json;
using CustomerCentric.Admin.Audit;
using CustomerCentric.Contracts.Routing;
using CustomerCentric.Data;
using CustomerCentric.Data.Outbox;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Routing;
using CustomerCentric.Redis;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Routing;

/// <summary>
/// Publishes the draft as the next immutable version, or republishes an old version as the newest (rollback), and
/// announces it: <see cref="RuleSetPublished"/> through the outbox (in the same transaction as the version) and on the
/// Redis channel the workers listen to (after the commit; workers also poll, so a lost announcement only delays the switch).
/// </summary>
public sealed class RuleSetPublisher(
    CustomerCentricDbContext db,
    RuleSetWorkspace workspace,
    RuleSetChecker checker,
    IOutbox outbox,
    IPubSub pubSub,
    AuditTrail audit,
    TimeProvider time,
    ILogger<RuleSetPublisher> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Publishes the draft as its editor saw it: <paramref name="seenDraftVersion"/> is the draft version their page showed.</summary>
    /// <exception cref="DomainException">The draft has problems that block publishing (listed in the message).</exception>
    /// <exception cref="DraftChangedException">Someone else changed the draft since: publishing it unseen could publish their half-done edit.</exception>
    public async Task<RuleSetVersion> PublishDraftAsync(string by, int seenDraftVersion, string? note, CancellationToken cancellationToken)
    {
        var draft = await workspace.DraftToChangeAsync(by, seenDraftVersion, cancellationToken);
        var problems = (await checker.CheckAsync(draft.Rules, cancellationToken)).Where(p => p.BlocksPublishing).ToList();
        if (problems.Count > 0)
        {
            throw new DomainException($"The draft cannot be published: {string.Join(" ", problems.Select(p => p.Message))}");
        }

        var at = time.GetUtcNow();
        var version = draft.Publish(await NextVersionAsync(cancellationToken), by, at, note);
        return await SaveAndAnnounceAsync(version, "Published", by, cancellationToken);
    }

    /// <summary>Republishes <paramref name="oldVersion"/>'s rules as the newest version; the draft starts again from it.</summary>
    public async Task<RuleSetVersion> RollbackAsync(int oldVersion, string by, CancellationToken cancellationToken)
    {
        var old = await workspace.VersionAsync(oldVersion, cancellationToken)
            ?? throw new DomainException($"There is no rule set version {oldVersion}.");
        var version = old.Republish(await NextVersionAsync(cancellationToken), by, time.GetUtcNow());
        var draft = await workspace.DraftAsync(by, cancellationToken);
        draft.ResetTo(version, by, time.GetUtcNow());
        return await SaveAndAnnounceAsync(version, "RolledBack", by, cancellationToken);
    }

    private async Task<int> NextVersionAsync(CancellationToken cancellationToken) =>
        (await db.RuleSetVersions.MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;

    private async Task<RuleSetVersion> SaveAndAnnounceAsync(RuleSetVersion version, string action, string by, CancellationToken cancellationToken)
    {
        db.RuleSetVersions.Add(version);
        var announcement = new RuleSetPublished(version.Version, version.PublishedAt) { PublishedBy = by };
        outbox.Enqueue(announcement);
        audit.Record(nameof(RuleSetVersion), version.Version, action, null, AuditTrail.Snapshot(version));
        // The draft's version (touched by publishing and by rollback) turns a race between two publishers into a
        // DraftChangedException for the second; the unique index on the version number backs it up.
        await workspace.SaveAsync(cancellationToken);

        try
        {
            await pubSub.PublishAsync(RuleSetPublished.RedisChannel, JsonSerializer.Serialize(announcement, Json));
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Rule set version {Version} is published but Redis did not take the announcement; workers pick it up at their next poll", version.Version);
        }

        logger.LogInformation("{By} published rule set version {Version} ({Action})", by, version.Version, action);
        return version;
    }
}
