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

    public Task<RuleSetVersion?> LatestAsync(CancellationToken cancellationToken) =>
        db.RuleSetVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    public Task<RuleSetVersion?> VersionAsync(int version, CancellationToken cancellationToken) =>
        db.RuleSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Version == version, cancellationToken);

    public async Task<IReadOnlyList<RuleSetVersion>> HistoryAsync(CancellationToken cancellationToken) =>
        await db.RuleSetVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
}
