using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Routing;

/// <summary>The one draft and the published versions, as the routing pages need them.</summary>
public sealed class RuleSetWorkspace(CustomerCentricDbContext db, TimeProvider time)
{
    /// <summary>The draft (tracked, for editing); created from the latest version, or empty, the first time it is needed.</summary>
    public async Task<RuleSetDraft> DraftAsync(string by, CancellationToken cancellationToken)
    {
        var draft = await db.RuleSetDrafts.OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        if (draft is not null)
        {
            return draft;
        }

        var latest = await LatestAsync(cancellationToken);
        draft = latest is null ? RuleSetDraft.CreateEmpty(by, time.GetUtcNow()) : RuleSetDraft.StartFrom(latest, by, time.GetUtcNow());
        db.RuleSetDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>
    /// The draft for a change its editor based on <paramref name="seenVersion"/> (the version their form carried).
    /// The save then only succeeds while the stored draft is still that version (<see cref="SaveAsync"/>).
    /// </summary>
    /// <exception cref="DraftChangedException">Someone else changed the draft since the editor read it.</exception>
    public async Task<RuleSetDraft> DraftToChangeAsync(string by, int seenVersion, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(by, cancellationToken);
        if (draft.Version != seenVersion)
        {
            throw Changed(draft.UpdatedBy, draft.UpdatedAt);
        }

        return draft;
    }

    /// <summary>Saves the draft's change (with whatever else the context holds: audit entries, a new version).</summary>
    /// <exception cref="DraftChangedException">Someone else saved the draft between this request's read and its save.</exception>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e) when (e.Entries.Any(entry => entry.Entity is RuleSetDraft))
        {
            var current = await db.RuleSetDrafts.AsNoTracking().OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);
            throw Changed(current?.UpdatedBy ?? "someone", current?.UpdatedAt ?? time.GetUtcNow());
        }
    }

    public Task<RuleSetVersion?> LatestAsync(CancellationToken cancellationToken) =>
        db.RuleSetVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    public Task<RuleSetVersion?> VersionAsync(int version, CancellationToken cancellationToken) =>
        db.RuleSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Version == version, cancellationToken);

    public async Task<IReadOnlyList<RuleSetVersion>> HistoryAsync(CancellationToken cancellationToken) =>
        await db.RuleSetVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    private static DraftChangedException Changed(string by, DateTimeOffset at) =>
        new($"The draft was changed by someone else ({by}, {at:yyyy-MM-dd HH:mm:ss} UTC) since you opened it, so your change was not saved. " +
            "Reload the page to see the draft as it is now, then make your change again.");
}
