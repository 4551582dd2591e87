using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>The readable difference between any two published versions.</summary>
public sealed class DiffModel(CustomerCentricDbContext db, RuleSetWorkspace workspace) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int To { get; set; }

    public IReadOnlyList<RuleChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var from = await workspace.VersionAsync(From, cancellationToken);
        var to = await workspace.VersionAsync(To, cancellationToken);
        if (from is null || to is null)
        {
            return NotFound();
        }

        Changes = RuleSetDiff.Compare(from.Rules, to.Rules, await AdminCatalog.LoadAsync(db, cancellationToken));
        return Page();
    }
}
