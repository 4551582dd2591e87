using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>Replays the complaints of the last N days through the published version and the draft, before publishing.</summary>
public sealed class ImpactModel(CustomerCentricDbContext db, RuleSetWorkspace workspace, RoutingCases cases, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 30;

    public AdminCatalog Catalog { get; private set; } = null!;
    public ImpactPreview? Preview { get; private set; }
    public IReadOnlyDictionary<Guid, ReplayedComplaint> Complaints { get; private set; } = new Dictionary<Guid, ReplayedComplaint>();
    public string PublishedName { get; private set; } = "no published version";
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        if (Days is < 1 or > 365)
        {
            ModelState.AddModelError(nameof(Days), "Choose between 1 and 365 days.");
            return;
        }

        if (Catalog.Chief is null)
        {
            Problem = "There is no active Chief Touchpoint Officer, so routing has no last fallback. Appoint one on the Owners page.";
            return;
        }

        var latest = await workspace.LatestAsync(cancellationToken);
        var draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
        PublishedName = latest is null ? "no published version (fallbacks only)" : $"version {latest.Version}";
        CompiledRuleSet published, drafted;
        try
        {
            published = latest is null ? CompiledRuleSet.Empty : RuleSetCompiler.Compile(latest);
            drafted = RuleSetCompiler.Compile(draft.Rules, version: null);
        }
        catch (InvalidRoutingRuleException e)
        {
            Problem = $"The rules cannot be evaluated: {e.Message}";
            return;
        }

        var now = time.GetUtcNow();
        var replayed = await cases.SinceAsync(now.AddDays(-Days), Catalog, cancellationToken);
        Complaints = replayed.ToDictionary(c => c.Case.ComplaintId);
        Preview = ImpactPreview.Compute(published, drafted, replayed, now);
    }
}
