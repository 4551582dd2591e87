using CustomerCentric.Admin.Catalog;
using CustomerCentric.Admin.Identity;
using CustomerCentric.Admin.Routing;
using CustomerCentric.Data;
using CustomerCentric.Domain;
using CustomerCentric.Domain.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CustomerCentric.Admin.Pages.Routing;

/// <summary>Every published version, newest first, each with what it changed; rollback republishes an old one.</summary>
public sealed class VersionsModel(CustomerCentricDbContext db, RuleSetWorkspace workspace, RuleSetPublisher publisher) : PageModel
{
    public IReadOnlyList<RuleSetVersion> Versions { get; private set; } = [];
    public AdminCatalog Catalog { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await workspace.HistoryAsync(cancellationToken);
        Catalog = await AdminCatalog.LoadAsync(db, cancellationToken);
    }

    /// <summary>What a version changed compared with the one before it.</summary>
    public IReadOnlyList<RuleChange> ChangesIn(int index) =>
        RuleSetDiff.Compare(index + 1 < Versions.Count ? Versions[index + 1].Rules : [], Versions[index].Rules, Catalog);

    public async Task<IActionResult> OnPostRollbackAsync(int version, CancellationToken cancellationToken)
    {
        try
        {
            var published = await publisher.RollbackAsync(version, User.ActorName(), cancellationToken);
            TempData["Message"] = $"Version {version} is live again as version {published.Version}; the draft starts from it.";
        }
        catch (DomainException e)
        {
            TempData["Message"] = e.Message;
        }

        return RedirectToPage();
    }
}
