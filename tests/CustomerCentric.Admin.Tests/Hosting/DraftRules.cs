using CustomerCentric.Domain.Routing;
using Microsoft.EntityFrameworkCore;

namespace CustomerCentric.Admin.Tests.Hosting;

/// <summary>The draft as tests arrange and read it, straight in the admin's database.</summary>
public static class DraftRules
{
    /// <summary>Adds <paramref name="rule"/> to the draft (created when there is none yet), at the end or at <paramref name="index"/>.</summary>
    public static Task AddAsync(AdminApp app, RoutingRule rule, int? index = null) => app.WithDbAsync(async db =>
    {
        var draft = await db.RuleSetDrafts.FirstOrDefaultAsync(TestContext.Current.CancellationToken);
        if (draft is null)
        {
            draft = RuleSetDraft.CreateEmpty("test", DateTimeOffset.UtcNow);
            db.RuleSetDrafts.Add(draft);
        }

        draft.AddRule(rule, "test", DateTimeOffset.UtcNow, index);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });
}
