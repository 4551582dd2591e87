using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>Rules that can never match, touchpoints nobody covers, rules aimed at inactive owners: for the draft.</summary>
public sealed class AnalysisModel(CustomerCentricDbContext db, RuleSetWorkspace workspace) : PageModel
{
    public AdminCatalog Catalog { get; private set; } = null!;
    public RuleAnalysis Analysis { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
        var draft = await workspace.DraftAsync(User.ActorName(), cancellationToken);
        Analysis = RuleAnalysis.Analyse(draft.Rules, Catalog);
    }
}
